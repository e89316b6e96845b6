package dev.parley.bench;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A lean HTTP/1.1 keep-alive client for one reader: one socket, GET only, one request at a time. The JDK
 * HttpClient costs the load generator about as much CPU per request as the server spends answering it, on
 * the same two cores; this one reads the whole response from its own buffer but parses only the status line
 * and the framing headers ({@code Content-Length}, chunked, {@code Connection: close}), and does not decode
 * the body. Not thread-safe: one per worker.
 */
public final class KeepAliveGet implements AutoCloseable {
    private static final int MAX_LINE = 8192;

    private final URI server;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** A response: its status and how many body bytes arrived (the body itself is read and dropped). */
    public record Reply(int status, long bodyBytes) {
    }

    public KeepAliveGet(URI server) {
        this.server = server;
    }

    /** GETs {@code pathAndQuery} (absolute, e.g. {@code /api/v1/…}) with a bearer token; reconnects once if the server closed. */
    public Reply get(String pathAndQuery, String bearerToken) throws IOException {
        byte[] request = ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort()
                + "\r\nAuthorization: Bearer " + bearerToken + "\r\nAccept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        boolean fresh = socket == null;
        try {
            return exchange(request);
        } catch (IOException stale) {
            close();
            if (fresh) {
                throw stale;
            }
            return exchange(request);
        }
    }

    private Reply exchange(byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            in = socket.getInputStream();
            out = socket.getOutputStream();
            position = 0;
            limit = 0;
        }
        out.write(request);
        out.flush();
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = 0;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            if (header.regionMatches(true, 0, "content-length:", 0, 15)) {
                length = Long.parseLong(header.substring(15).strip());
            } else if (header.regionMatches(true, 0, "transfer-encoding:", 0, 18)) {
                chunked = header.toLowerCase(java.util.Locale.ROOT).contains("chunked");
            } else if (header.regionMatches(true, 0, "connection:", 0, 11)) {
                close = header.toLowerCase(java.util.Locale.ROOT).contains("close");
            }
        }
        long bodyBytes = chunked ? chunkedBody() : skip(length);
        if (close) {
            close();
        }
        return new Reply(status, bodyBytes);
    }

    private long chunkedBody() throws IOException {
        long total = 0;
        while (true) {
            String size = line();
            int semicolon = size.indexOf(';');
            long chunk = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
            if (chunk == 0) {
                while (!line().isEmpty()) {
                    // trailers
                }
                return total;
            }
            total += skip(chunk);
            line();
        }
    }

    private long skip(long length) throws IOException {
        long left = length;
        while (left > 0) {
            if (position == limit) {
                fill();
            }
            int taken = (int) Math.min(left, limit - position);
            position += taken;
            left -= taken;
        }
        return length;
    }

    /** One CRLF-terminated line (ASCII), without its terminator. */
    private String line() throws IOException {
        int start = position;
        while (true) {
            for (int i = start; i < limit; i++) {
                if (buffer[i] == '\n') {
                    int end = i > position && buffer[i - 1] == '\r' ? i - 1 : i;
                    String line = new String(buffer, position, end - position, StandardCharsets.ISO_8859_1);
                    position = i + 1;
                    return line;
                }
            }
            if (limit - position >= MAX_LINE) {
                throw new IOException("header line too long");
            }
            start = limit - position;
            compact();
            fill();
            start = position + start;
        }
    }

    private void compact() {
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
    }

    private void fill() throws IOException {
        if (limit == buffer.length) {
            compact();
        }
        if (position == limit) {
            position = 0;
            limit = 0;
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            throw new EOFException("connection closed by the server");
        }
        limit += read;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a dead connection
            }
        }
        socket = null;
    }
}
