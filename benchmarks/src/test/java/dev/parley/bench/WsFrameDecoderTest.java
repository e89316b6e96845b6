package dev.parley.bench;

import static dev.parley.bench.WsFramesTest.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WsFrameDecoderTest {

    /** What the decoder reported, in order: "text:…", "ping:…", "close:code". */
    private static final class Recorder implements WsFrameDecoder.Listener {
        final List<String> events = new ArrayList<>();

        @Override
        public void onMessage(byte[] bytes, int offset, int length) {
            String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
            events.add("text:" + (text.length() > 20 ? text.length() + " chars" : text));
        }

        @Override
        public void onPing(byte[] bytes, int offset, int length) {
            events.add("ping:" + new String(bytes, offset, length, StandardCharsets.UTF_8));
        }

        @Override
        public void onClose(int statusCode) {
            events.add("close:" + statusCode);
        }
    }

    @Test
    void reads_the_unmasked_examples_of_rfc_6455() throws Exception {
        Recorder recorder = decodeWhole(
                bytes(0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f),        // one frame
                bytes(0x01, 0x03, 0x48, 0x65, 0x6c, 0x80, 0x02, 0x6c, 0x6f), // two fragments
                bytes(0x89, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f));       // ping

        assertThat(recorder.events).containsExactly("text:Hello", "text:Hello", "ping:Hello");
    }

    @Test
    void decodes_the_same_stream_however_its_bytes_are_split() throws Exception {
        byte[] stream = stream();
        List<String> whole = decodeWhole(stream).events;

        for (int chunk = 1; chunk <= 97; chunk++) {
            Recorder recorder = new Recorder();
            WsFrameDecoder decoder = new WsFrameDecoder();
            ByteBuffer input = ByteBuffer.allocate(16);
            for (int from = 0; from < stream.length; from += chunk) {
                int length = Math.min(chunk, stream.length - from);
                for (int put = 0; put < length; ) {
                    int taken = Math.min(input.remaining(), length - put);
                    input.put(stream, from + put, taken);
                    put += taken;
                    input.flip();
                    decoder.decode(input, recorder);
                    input = WsFrameDecoder.compactOrGrow(input);
                }
            }
            assertThat(recorder.events).as("split every %d bytes", chunk).isEqualTo(whole);
        }
        assertThat(whole).containsExactly("text:{\"type\":\"ack\"}", "text:300 chars", "ping:p", "text:70000 chars",
                "ping:", "text:Hello, world", "close:1001");
    }

    @Test
    void refuses_a_masked_frame_and_a_continuation_without_a_start() {
        assertThatThrownBy(() -> decodeWhole(bytes(0x81, 0x81, 0, 0, 0, 0, 'x'))).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> decodeWhole(bytes(0x80, 0x01, 'x'))).isInstanceOf(ProtocolException.class);
    }

    /** 7-bit, 16-bit and 64-bit lengths, then a message in three fragments with a ping between them, then close. */
    private static byte[] stream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(serverFrame(0x81, "{\"type\":\"ack\"}".getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(serverFrame(0x81, "m".repeat(300).getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(serverFrame(0x89, new byte[] {'p'}));
        out.writeBytes(serverFrame(0x81, "l".repeat(70_000).getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(serverFrame(0x01, "Hello".getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(serverFrame(0x00, ", ".getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(serverFrame(0x89, new byte[0]));
        out.writeBytes(serverFrame(0x80, "world".getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(serverFrame(0x88, new byte[] {0x03, (byte) 0xE9}));
        return out.toByteArray();
    }

    /** An unmasked frame as a server sends it, with the shortest length encoding. */
    static byte[] serverFrame(int firstByte, byte[] payload) {
        ByteBuffer frame = ByteBuffer.allocate(10 + payload.length).put((byte) firstByte);
        if (payload.length < 126) {
            frame.put((byte) payload.length);
        } else if (payload.length <= 0xFFFF) {
            frame.put((byte) 126).putShort((short) payload.length);
        } else {
            frame.put((byte) 127).putLong(payload.length);
        }
        return bytes(frame.put(payload).flip());
    }

    private static Recorder decodeWhole(byte[]... chunks) throws Exception {
        Recorder recorder = new Recorder();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] chunk : chunks) {
            all.writeBytes(chunk);
        }
        ByteBuffer input = ByteBuffer.wrap(all.toByteArray());
        new WsFrameDecoder().decode(input, recorder);
        assertThat(input.hasRemaining()).isFalse();
        return recorder;
    }
}
