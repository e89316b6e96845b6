package dev.parley.http.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.MessageType;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.Role;
import dev.parley.domain.conversation.event.ConversationDeleted;
import dev.parley.domain.conversation.event.MessageCreated;
import dev.parley.domain.conversation.event.ParticipantAdded;
import dev.parley.domain.conversation.event.ParticipantRemoved;
import dev.parley.domain.conversation.event.ReadCursorMoved;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.http.server.Json;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each conversation event becomes the API.md frame (who receives it is the application's DeliveryService). */
class ConversationEventEncoderTest {
    private static final Instant AT = Instant.parse("2026-11-21T10:00:00.123Z");
    private final ConversationId chat = new ConversationId(UUID.randomUUID());
    private final UserId alice = new UserId(UUID.randomUUID());
    private final UserId bob = new UserId(UUID.randomUUID());
    private final ConversationEventEncoder encoder = new ConversationEventEncoder();

    @Test
    void message_created_carries_the_rest_view() throws Exception {
        Message message = new Message(new MessageId(UUID.randomUUID()), chat, 7, alice, MessageType.TEXT, "hi", null,
                "c-1", AT, null, null);

        JsonNode json = json(new MessageCreated(message));

        assertThat(json.path("type").asText()).isEqualTo("message.created");
        assertThat(json.path("conversation_id").asText()).isEqualTo(chat.toString());
        assertThat(json.path("message").path("seq").asLong()).isEqualTo(7);
        assertThat(json.path("message").path("client_msg_id").asText()).isEqualTo("c-1");
        assertThat(json.path("message").path("created_at").asText()).isEqualTo("2026-11-21T10:00:00.123Z");
    }

    @Test
    void participant_frames_carry_the_participant() throws Exception {
        Participant carol = new Participant(chat, new UserId(UUID.randomUUID()), Role.MEMBER, AT);

        assertThat(json(new ParticipantAdded(carol)).path("participant").path("role").asText()).isEqualTo("member");
        assertThat(json(new ParticipantRemoved(carol)).path("type").asText()).isEqualTo("participant.removed");
    }

    @Test
    void a_deleted_conversation_carries_the_neutral_conversation_view() throws Exception {
        Conversation group = Conversation.create(chat, ConversationType.GROUP, "Team", alice, 2, AT);

        JsonNode json = json(new ConversationDeleted(group, List.of(alice, bob)));

        assertThat(json.path("type").asText()).isEqualTo("conversation.deleted");
        assertThat(json.path("conversation").path("unread_count").asLong()).isZero();
    }

    @Test
    void a_receipt_names_the_reader_and_the_seq() throws Exception {
        JsonNode json = json(new ReadCursorMoved(chat, bob, 3));

        assertThat(json.path("type").asText()).isEqualTo("receipt.read");
        assertThat(json.path("user_id").asText()).isEqualTo(bob.toString());
        assertThat(json.path("seq").asLong()).isEqualTo(3);
    }

    private JsonNode json(DomainEvent event) throws Exception {
        return Json.mapper().readTree(encoder.encode(event).orElseThrow().text());
    }
}
