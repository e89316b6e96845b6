package dev.parley.bench;

import java.io.IOException;
import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Reads the server's frames of one socket out of its read buffer, however the bytes were split: an
 * incomplete frame stays in the buffer for the next read. Joins fragmented messages (continuation frames,
 * possibly with control frames between them) and hands each whole message to the listener as bytes.
 */
final class WsFrameDecoder {
    /** The status code reported for a close frame without one (RFC 6455 §7.1.5). */
    static final int NO_STATUS = 1005;

    /** What a socket does with what its server sent; called on the reading thread. */
    interface Listener {
        /** A whole text (or binary) message; the bytes are valid only during the call. */
        void onMessage(byte[] bytes, int offset, int length) throws IOException;

        void onPing(byte[] bytes, int offset, int length) throws IOException;

        void onClose(int statusCode) throws IOException;
    }

    private byte[] fragments = new byte[0];
    private int fragmentsLength;
    private boolean inFragmentedMessage;

    /**
     * Consumes every complete frame between the position and the limit of a heap buffer in read mode; the
     * position stops at the first incomplete frame. Throws on anything a server must not send.
     */
    void decode(ByteBuffer input, Listener listener) throws IOException {
        byte[] bytes = input.array();
        while (input.remaining() >= 2) {
            int at = input.position();
            int first = bytes[input.arrayOffset() + at] & 0xFF;
            int second = bytes[input.arrayOffset() + at + 1] & 0xFF;
            if ((first & 0x70) != 0 || (second & 0x80) != 0) {
                throw new ProtocolException("reserved bits or a mask on a server frame");
            }
            int indicator = second & 0x7F;
            int headerLength = indicator < 126 ? 2 : indicator == 126 ? 4 : 10;
            if (input.remaining() < headerLength) {
                return;
            }
            long length = indicator < 126 ? indicator : indicator == 126 ? input.getShort(at + 2) & 0xFFFF : input.getLong(at + 2);
            if (length < 0 || length > Integer.MAX_VALUE - headerLength) {
                throw new ProtocolException("a frame of " + length + " bytes");
            }
            if (input.remaining() < headerLength + length) {
                return;
            }
            input.position(at + headerLength + (int) length);
            frame((first & 0x80) != 0, first & 0x0F, bytes, input.arrayOffset() + at + headerLength, (int) length, listener);
        }
    }

    /**
     * After {@link #decode}: keeps the unread bytes at the start of the buffer, now in write mode for the
     * next read, in a buffer twice the size when a single frame fills it.
     */
    static ByteBuffer compactOrGrow(ByteBuffer input) {
        input.compact();
        return input.hasRemaining() ? input : ByteBuffer.allocate(2 * input.capacity()).put(input.flip());
    }

    private void frame(boolean fin, int opcode, byte[] bytes, int offset, int length, Listener listener) throws IOException {
        switch (opcode) {
            case WsFrames.TEXT, WsFrames.BINARY -> {
                if (inFragmentedMessage) {
                    throw new ProtocolException("a new message inside a fragmented one");
                }
                if (fin) {
                    listener.onMessage(bytes, offset, length);
                } else {
                    inFragmentedMessage = true;
                    append(bytes, offset, length);
                }
            }
            case WsFrames.CONTINUATION -> {
                if (!inFragmentedMessage) {
                    throw new ProtocolException("a continuation frame outside a fragmented message");
                }
                append(bytes, offset, length);
                if (fin) {
                    inFragmentedMessage = false;
                    int messageLength = fragmentsLength;
                    fragmentsLength = 0;
                    listener.onMessage(fragments, 0, messageLength);
                }
            }
            case WsFrames.PING, WsFrames.PONG, WsFrames.CLOSE -> {
                if (!fin || length > 125) {
                    throw new ProtocolException("a fragmented or oversized control frame");
                }
                if (opcode == WsFrames.PING) {
                    listener.onPing(bytes, offset, length);
                } else if (opcode == WsFrames.CLOSE) {
                    listener.onClose(length >= 2 ? ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF) : NO_STATUS);
                }
            }
            default -> throw new ProtocolException("unknown opcode " + opcode);
        }
    }

    private void append(byte[] bytes, int offset, int length) {
        if (fragmentsLength + length > fragments.length) {
            fragments = Arrays.copyOf(fragments, Math.max(fragmentsLength + length, 2 * fragments.length));
        }
        System.arraycopy(bytes, offset, fragments, fragmentsLength, length);
        fragmentsLength += length;
    }
}
