package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FramesTest {

    @Test
    void reads_the_bench_marker_of_a_message_created_event_without_a_json_parse() {
        String frame = "{\"type\":\"message.created\",\"conversation_id\":\"c\",\"message\":{\"id\":\"m\",\"type\":\"text\",\"content\":\""
                + Frames.content(3, 123456789L, 42) + "\",\"seq\":7}}";

        assertThat(Frames.benchMessage(frame)).isEqualTo(new Frames.BenchMessage(3, 123456789L, 42));
    }

    @Test
    void ignores_acks_and_other_events_even_when_they_carry_bench_content() {
        String ack = "{\"type\":\"ack\",\"ref\":\"2-17\",\"message\":{\"type\":\"text\",\"content\":\"" + Frames.content(2, 1, 1) + "\"}}";

        assertThat(Frames.benchMessage(ack)).isNull();
        assertThat(Frames.benchMessage("{\"type\":\"presence\",\"user_id\":\"u\"}")).isNull();
        assertThat(Frames.ref(ack)).isEqualTo("2-17");
        assertThat(Frames.isType(ack, "ack")).isTrue();
    }

    @Test
    void builds_the_message_send_frame_of_the_contract() {
        assertThat(Frames.send("1-2", "conv", "hello")).isEqualTo(
                "{\"type\":\"message.send\",\"ref\":\"1-2\",\"conversation_id\":\"conv\",\"content\":\"hello\",\"client_msg_id\":\"1-2\"}");
    }
}
