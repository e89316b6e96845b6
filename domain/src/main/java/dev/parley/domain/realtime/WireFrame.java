package dev.parley.domain.realtime;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One client event exactly as it goes on the wire: its UTF-8 bytes, encoded once per event and shared by
 * every socket it is written to (each takes a read-only view). The text is decoded lazily, for the few
 * transports that need a {@code String} (SSE, the Redis channel).
 */
public final class WireFrame {
    private final byte[] utf8;
    /** Never consumed itself: each writer gets a duplicate (one small object, no copy). */
    private final ByteBuffer readOnly;
    private volatile String text;

    private WireFrame(byte[] utf8, String text) {
        this.utf8 = utf8;
        this.readOnly = ByteBuffer.wrap(utf8).asReadOnlyBuffer();
        this.text = text;
    }

    /** Takes ownership of {@code utf8}: the caller must not change the array afterwards. */
    public static WireFrame ofUtf8(byte[] utf8) {
        return new WireFrame(Objects.requireNonNull(utf8, "utf8"), null);
    }

    public static WireFrame ofText(String text) {
        return new WireFrame(text.getBytes(StandardCharsets.UTF_8), text);
    }

    /** A fresh read-only view of the shared bytes: writing it consumes the view, never the frame. */
    public ByteBuffer bytes() {
        return readOnly.duplicate();
    }

    public int size() {
        return utf8.length;
    }

    public String text() {
        String decoded = text;
        if (decoded == null) {
            decoded = new String(utf8, StandardCharsets.UTF_8);
            text = decoded;
        }
        return decoded;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WireFrame frame && Arrays.equals(utf8, frame.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }

    @Override
    public String toString() {
        return text();
    }
}
