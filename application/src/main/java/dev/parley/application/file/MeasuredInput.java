package dev.parley.application.file;

import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The upload stream as it passes by: counts and hashes (SHA-256) every byte read, and stops with
 * {@code payload_too_large} as soon as more than {@code limit} bytes arrive, so an oversized upload is never
 * read (or stored) further than one buffer past the limit.
 */
final class MeasuredInput extends FilterInputStream {
    private final MessageDigest digest;
    private final long limit;
    private final String tooLargeMessage;
    private long count;

    MeasuredInput(InputStream in, long limit, String tooLargeMessage) {
        super(in);
        this.limit = limit;
        this.tooLargeMessage = tooLargeMessage;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK ships SHA-256", impossible);
        }
    }

    @Override
    public int read() throws IOException {
        int value = in.read();
        if (value >= 0) {
            seen(1);
            digest.update((byte) value);
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = in.read(buffer, offset, length);
        if (read > 0) {
            seen(read);
            digest.update(buffer, offset, read);
        }
        return read;
    }

    @Override
    public long skip(long n) {
        return 0; // every byte must pass the digest
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // the caller owns the underlying stream
    }

    private void seen(int bytes) {
        count += bytes;
        if (count > limit) {
            throw new ParleyException(ErrorCode.PAYLOAD_TOO_LARGE, tooLargeMessage);
        }
    }

    long count() {
        return count;
    }

    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
