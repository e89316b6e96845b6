package dev.parley.domain.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WireFrameTest {
    private static final String JSON = "{\"content\":\"h\u00e9 \ud83d\ude00\"}";

    @Test
    void every_writer_reads_the_whole_frame_from_its_own_view_of_the_one_encoding() {
        WireFrame frame = WireFrame.ofText(JSON);
        ByteBuffer first = frame.bytes();
        first.position(first.limit());

        ByteBuffer second = frame.bytes();

        assertThat(second.isReadOnly()).isTrue();
        assertThat(second.remaining()).isEqualTo(JSON.getBytes(StandardCharsets.UTF_8).length).isEqualTo(frame.size());
    }

    @Test
    void frames_from_bytes_and_from_text_are_the_same_frame() {
        WireFrame fromBytes = WireFrame.ofUtf8(JSON.getBytes(StandardCharsets.UTF_8));

        assertThat(fromBytes.text()).isEqualTo(JSON);
        assertThat(fromBytes).isEqualTo(WireFrame.ofText(JSON)).hasSameHashCodeAs(WireFrame.ofText(JSON));
    }
}
