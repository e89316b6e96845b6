package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WsFramesTest {

    @Test
    void masks_like_the_example_of_rfc_6455() {
        byte[] hello = "Hello".getBytes(StandardCharsets.US_ASCII);

        ByteBuffer frame = WsFrames.clientFrame(WsFrames.TEXT, hello, 0, hello.length, 0x37fa213d);

        assertThat(bytes(frame)).containsExactly(bytes(0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58));
    }

    @Test
    void a_zero_mask_key_leaves_the_payload_as_it_is() {
        ByteBuffer frame = WsFrames.clientFrame(WsFrames.TEXT, "Hello".getBytes(StandardCharsets.US_ASCII));

        assertThat(bytes(frame)).containsExactly(bytes(0x81, 0x85, 0, 0, 0, 0, 'H', 'e', 'l', 'l', 'o'));
    }

    @Test
    void writes_16_and_64_bit_payload_lengths() {
        byte[] medium = new byte[300];
        byte[] large = new byte[70_000];

        byte[] mediumFrame = bytes(WsFrames.clientFrame(WsFrames.BINARY, medium));
        byte[] largeFrame = bytes(WsFrames.clientFrame(WsFrames.BINARY, large));

        assertThat(Arrays.copyOf(mediumFrame, 8)).containsExactly(bytes(0x82, 0x80 | 126, 0x01, 0x2c, 0, 0, 0, 0));
        assertThat(mediumFrame).hasSize(8 + 300);
        assertThat(Arrays.copyOf(largeFrame, 14)).containsExactly(bytes(0x82, 0x80 | 127, 0, 0, 0, 0, 0, 0x01, 0x11, 0x70, 0, 0, 0, 0));
        assertThat(largeFrame).hasSize(14 + 70_000);
    }

    static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
