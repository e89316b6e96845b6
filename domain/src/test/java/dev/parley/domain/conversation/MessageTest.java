package dev.parley.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.UserId;
import dev.parley.domain.shared.ParleyException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Message content limits and the rule that a deleted message never shows its content. */
class MessageTest {
    @Test
    void content_is_kept_exactly_as_sent() {
        assertThat(MessageContent.of("  <b>hi</b> \n", 100).value()).isEqualTo("  <b>hi</b> \n");
    }

    @Test
    void blank_content_is_rejected() {
        assertThatThrownBy(() -> MessageContent.of(" \t\n ", 100)).isInstanceOf(ParleyException.class);
        assertThatThrownBy(() -> MessageContent.of(null, 100)).isInstanceOf(ParleyException.class);
    }

    @Test
    void maximum_length_counts_characters_not_utf16_units() {
        assertThat(MessageContent.of("😀".repeat(4), 4).value()).hasSize(8);
        assertThatThrownBy(() -> MessageContent.of("x".repeat(5), 4)).isInstanceOf(ParleyException.class);
    }

    @Test
    void deleted_message_has_no_content() {
        Message deleted = new Message(new MessageId(UUID.randomUUID()), new ConversationId(UUID.randomUUID()), 3,
                new UserId(UUID.randomUUID()), MessageType.TEXT, "secret", null, null, Instant.EPOCH, null, Instant.EPOCH);

        assertThat(deleted.content()).isNull();
        assertThat(deleted.seq()).isEqualTo(3);
    }

    @Test
    void wire_names_parse_back_and_unknown_ones_are_400() {
        assertThat(ConversationType.parse("type", "broadcast")).isEqualTo(ConversationType.BROADCAST);
        assertThat(Role.parse("role", "admin")).isEqualTo(Role.ADMIN);
        assertThatThrownBy(() -> Role.parse("role", "king")).isInstanceOf(ParleyException.class);
        assertThatThrownBy(() -> ConversationId.parse("id", "nope")).isInstanceOf(ParleyException.class);
    }
}
