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
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.http.server.Json;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each conversation event becomes the API.md frame with the audience the design table promises. */
class ConversationEventEncoderTest {
    private static final Instant AT = Instant.parse("2026-11-21T10:00:00.123Z");
    private final ConversationId chat = new ConversationId(UUID.randomUUID());
    private final UserId alice = new UserId(UUID.randomUUID());
    private final UserId bob = new UserId(UUID.randomUUID());
    private final ConversationEventEncoder encoder = new ConversationEventEncoder(reader -> !reader.equals(bob));

    @Test
    void message_created_goes_once_to_the_conversation_with_the_rest_view() throws Exception {
        Message message = new Message(new MessageId(UUID.randomUUID()), chat, 7, alice, MessageType.TEXT, "hi", null,
                "c-1", AT, null, null);
        Delivery delivery = encoder.encode(new MessageCreated(message)).getFirst();

        assertThat(delivery.audience()).isEqualTo(new Audience.Conversation(chat.value()));
        assertThat(delivery.effect()).isEqualTo(Delivery.Effect.NONE);
        JsonNode json = Json.mapper().readTree(delivery.eventJson());
        assertThat(json.path("type").asText()).isEqualTo("message.created");
        assertThat(json.path("conversation_id").asText()).isEqualTo(chat.toString());
        assertThat(json.path("message").path("seq").asLong()).isEqualTo(7);
        assertThat(json.path("message").path("client_msg_id").asText()).isEqualTo("c-1");
        assertThat(json.path("message").path("created_at").asText()).isEqualTo("2026-11-21T10:00:00.123Z");
    }

    @Test
    void membership_changes_refresh_the_index_and_the_removed_user_hears_of_it_too() throws Exception {
        Participant carol = new Participant(chat, new UserId(UUID.randomUUID()), Role.MEMBER, AT);
        Delivery added = encoder.encode(new ParticipantAdded(carol)).getFirst();
        assertThat(added.effect()).isEqualTo(Delivery.Effect.REFRESH_MEMBERS);
        assertThat(Json.mapper().readTree(added.eventJson()).path("participant").path("role").asText()).isEqualTo("member");

        List<Delivery> removed = encoder.encode(new ParticipantRemoved(carol));
        assertThat(removed).extracting(Delivery::audience).containsExactly(new Audience.Conversation(chat.value()),
                new Audience.Users(Set.of(carol.userId())));
        assertThat(removed.getFirst().effect()).isEqualTo(Delivery.Effect.REFRESH_MEMBERS);
    }

    @Test
    void deleting_a_conversation_addresses_its_last_members_directly() {
        Conversation group = Conversation.create(chat, ConversationType.GROUP, "Team", alice, 2, AT);
        Delivery deleted = encoder.encode(new ConversationDeleted(group, List.of(alice, bob))).getFirst();
        assertThat(deleted.audience()).isEqualTo(new Audience.Users(Set.of(alice, bob)));
    }

    @Test
    void receipts_go_to_the_conversation_unless_the_reader_keeps_them_private() {
        assertThat(encoder.encode(new ReadCursorMoved(chat, alice, 3)).getFirst().audience())
                .isEqualTo(new Audience.Conversation(chat.value()));
        assertThat(encoder.encode(new ReadCursorMoved(chat, bob, 3)).getFirst().audience())
                .isEqualTo(new Audience.Users(Set.of(bob)));
    }
}
