package dev.parley.bench;

import java.nio.ByteBuffer;

/**
 * RFC 6455 framing for the lean client: the opcodes, and the client's frames (FIN set, always masked, as
 * the RFC requires of a client).
 */
final class WsFrames {
    static final int CONTINUATION = 0x0;
    static final int TEXT = 0x1;
    static final int BINARY = 0x2;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;

    /**
     * The mask key of every frame the lean client sends: four zero bytes. A server only XORs the payload with
     * whatever key the frame carries, so any key is understood; RFC 6455 §5.3 asks for an unpredictable one so
     * that a hostile script in a browser cannot make a frame look like plain HTTP to a proxy, which is no
     * concern of a load generator on loopback. XOR with zero leaves the payload as it is: masking is free.
     */
    static final int ZERO_MASK = 0;

    private WsFrames() {
    }

    /** A whole client frame of {@code opcode} (final, masked with {@link #ZERO_MASK}), ready to write. */
    static ByteBuffer clientFrame(int opcode, byte[] payload) {
        return clientFrame(opcode, payload, 0, payload.length, ZERO_MASK);
    }

    /** As above with any mask key, big-endian as on the wire (tests check it against the RFC's examples). */
    static ByteBuffer clientFrame(int opcode, byte[] payload, int offset, int length, int maskKey) {
        int lengthBytes = length < 126 ? 0 : length <= 0xFFFF ? 2 : 8;
        ByteBuffer frame = ByteBuffer.allocate(2 + lengthBytes + 4 + length);
        frame.put((byte) (0x80 | opcode));
        if (lengthBytes == 0) {
            frame.put((byte) (0x80 | length));
        } else if (lengthBytes == 2) {
            frame.put((byte) (0x80 | 126)).putShort((short) length);
        } else {
            frame.put((byte) (0x80 | 127)).putLong(length);
        }
        frame.putInt(maskKey);
        frame.put(payload, offset, length);
        if (maskKey != 0) {
            byte[] array = frame.array();
            int start = frame.position() - length;
            for (int i = 0; i < length; i++) {
                array[start + i] ^= (byte) (maskKey >>> (8 * (3 - (i & 3))));
            }
        }
        return frame.flip();
    }
}
