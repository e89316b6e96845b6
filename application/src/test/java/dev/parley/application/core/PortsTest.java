package dev.parley.application.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.CallSystemMessages;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PortsTest {
    @Test
    void names_every_missing_port_at_once() {
        assertThatThrownBy(() -> Ports.builder().clock(Clock.systemUTC()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing ports: transactions, eventFrames, rateLimiter")
                .hasMessageContaining("linkSigner")
                .message().doesNotContain("clock").doesNotContain("callNotices");
    }

    @Test
    void the_names_in_messages_are_the_record_components() {
        assertThat(Ports.NAMES).containsExactlyElementsOf(
                Arrays.stream(Ports.class.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    @Test
    void a_call_notice_defaults_to_the_system_message_in_the_pair_conversation() {
        Ports ports = InMemoryPorts.builder(Clock.systemUTC(), mail -> { }).build();
        assertThat(ports.callNotices()).isInstanceOf(CallSystemMessages.class);
    }
}
