package dev.parley.http.file;

import dev.parley.domain.shared.ParleyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A streaming reader of {@code multipart/form-data}: finds the part named {@code file} and hands out its body
 * as a stream that ends at the next boundary. Nothing is buffered beyond one 64 KiB window (no temporary file,
 * no whole part in memory), whatever the part's size. Other parts before it are skipped.
 */
final class MultipartUpload {
    private static final int WINDOW = 64 * 1024;
    private static final int MAX_HEADERS = 16 * 1024;

    /** The file part: its declared name and type, and its body. */
    record Part(String fileName, String contentType, InputStream body) {
    }

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer;
    private int head;
    private int tail;
    private boolean eof;

    private MultipartUpload(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.buffer = new byte[WINDOW + delimiter.length];
        // The first boundary has no CRLF before it: pretend it had one, so one delimiter matches them all.
        buffer[0] = '\r';
        buffer[1] = '\n';
        tail = 2;
    }

    /** The boundary of a {@code multipart/form-data} content type; empty when it is not one. */
    static Optional<String> boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.strip();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String value = trimmed.substring("boundary=".length());
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (!value.isEmpty() && value.length() <= 70) {
                    return Optional.of(value);
                }
            }
        }
        throw ParleyException.invalid("file", "the multipart body has no valid boundary");
    }

    /** The part named {@code file}, positioned at its first byte; 400 when there is none. */
    static Part filePart(InputStream in, String boundary) {
        MultipartUpload reader = new MultipartUpload(in, boundary);
        try {
            reader.drain(); // the preamble, up to the first boundary
            while (reader.nextPart()) {
                String disposition = null;
                String type = null;
                for (String header : reader.headers().split("\r\n")) {
                    int colon = header.indexOf(':');
                    if (colon < 0) {
                        continue;
                    }
                    String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    String value = header.substring(colon + 1).strip();
                    if (name.equals("content-disposition")) {
                        disposition = value;
                    } else if (name.equals("content-type")) {
                        type = value;
                    }
                }
                if ("file".equals(DispositionParameters.get(disposition, "name"))) {
                    String fileName = DispositionParameters.fileName(disposition);
                    return new Part(fileName, type, reader.new PartBody());
                }
                reader.drain();
            }
        } catch (IOException broken) {
            throw new UncheckedIOException("the upload broke off", broken);
        }
        throw ParleyException.invalid("file", "the multipart body has no part named \"file\"");
    }

    /** After a delimiter: true when a part follows, false at the closing {@code --}. */
    private boolean nextPart() throws IOException {
        fill(2);
        if (tail - head < 2) {
            return false;
        }
        if (buffer[head] == '-' && buffer[head + 1] == '-') {
            return false;
        }
        // transport padding, then CRLF
        while (true) {
            fill(1);
            if (tail - head < 1) {
                return false;
            }
            byte value = buffer[head++];
            if (value == '\n') {
                return true;
            }
        }
    }

    private String headers() throws IOException {
        StringBuilder text = new StringBuilder();
        while (true) {
            fill(1);
            if (tail == head) {
                throw ParleyException.invalid("file", "the multipart body ends inside part headers");
            }
            text.append((char) (buffer[head++] & 0xFF));
            if (text.length() > MAX_HEADERS) {
                throw ParleyException.invalid("file", "the multipart part headers are too long");
            }
            int length = text.length();
            if (length >= 4 && text.charAt(length - 4) == '\r' && text.charAt(length - 3) == '\n'
                    && text.charAt(length - 2) == '\r' && text.charAt(length - 1) == '\n') {
                // Header bytes are UTF-8 in practice (browsers send file names so): decode them as such.
                byte[] raw = text.substring(0, length - 4).getBytes(StandardCharsets.ISO_8859_1);
                return new String(raw, StandardCharsets.UTF_8);
            }
        }
    }

    /** Skips to just after the next delimiter. */
    private void drain() throws IOException {
        byte[] skip = new byte[8192];
        PartBody body = new PartBody();
        while (body.read(skip, 0, skip.length) >= 0) {
            // discard
        }
    }

    /** Reads until at least {@code wanted} bytes are buffered or the input ends. */
    private void fill(int wanted) throws IOException {
        if (head > 0 && buffer.length - head < wanted + delimiter.length) {
            System.arraycopy(buffer, head, buffer, 0, tail - head);
            tail -= head;
            head = 0;
        }
        while (!eof && tail - head < wanted) {
            int read = in.read(buffer, tail, buffer.length - tail);
            if (read < 0) {
                eof = true;
            } else {
                tail += read;
            }
        }
    }

    private int indexOfDelimiter() {
        outer:
        for (int i = head; i <= tail - delimiter.length; i++) {
            for (int j = 0; j < delimiter.length; j++) {
                if (buffer[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** One part's body: bytes up to the next delimiter, which it consumes. */
    private final class PartBody extends InputStream {
        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (ended) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            while (true) {
                fill(delimiter.length);
                int found = indexOfDelimiter();
                int safe = found >= 0 ? found : eof ? tail : tail - delimiter.length + 1;
                if (safe > head) {
                    int count = Math.min(length, safe - head);
                    System.arraycopy(buffer, head, target, offset, count);
                    head += count;
                    return count;
                }
                if (found == head) {
                    head += delimiter.length;
                    ended = true;
                    return -1;
                }
                if (eof) {
                    throw ParleyException.invalid("file", "the multipart body ends without its closing boundary");
                }
                fill(tail - head + 1);
            }
        }
    }
}
