package dev.parley.http.realtime;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationSummary;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.event.ConversationCreated;
import dev.parley.domain.conversation.event.ConversationDeleted;
import dev.parley.domain.conversation.event.ConversationEvent;
import dev.parley.domain.conversation.event.ConversationUpdated;
import dev.parley.domain.conversation.event.MessageCreated;
import dev.parley.domain.conversation.event.MessageDeleted;
import dev.parley.domain.conversation.event.MessageRestored;
import dev.parley.domain.conversation.event.MessageUpdated;
import dev.parley.domain.conversation.event.ParticipantAdded;
import dev.parley.domain.conversation.event.ParticipantRemoved;
import dev.parley.domain.conversation.event.ParticipantUpdated;
import dev.parley.domain.conversation.event.ReadCursorMoved;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.http.conversation.ConversationView;
import dev.parley.http.conversation.MessageView;
import dev.parley.http.conversation.ParticipantView;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * {@code message.*}, {@code conversation.*}, {@code participant.*} and {@code receipt.read}: the same views
 * REST returns, addressed to the conversation (one publish whatever its size; each node resolves it).
 */
public final class ConversationEventEncoder implements EventEncoder {
    record MessageFrame(String type, String conversationId, MessageView message) {
    }

    record ConversationFrame(String type, ConversationView conversation) {
    }

    record ParticipantFrame(String type, String conversationId, ParticipantView participant) {
    }

    record ReceiptFrame(String type, String conversationId, String userId, long seq) {
    }

    private final Predicate<UserId> sharesReadReceipts;

    /** {@code sharesReadReceipts} answers a reader's {@code share_read_receipts} privacy switch. */
    public ConversationEventEncoder(Predicate<UserId> sharesReadReceipts) {
        this.sharesReadReceipts = sharesReadReceipts;
    }

    @Override
    public List<Delivery> encode(DomainEvent event) {
        if (!(event instanceof ConversationEvent conversationEvent)) {
            return List.of();
        }
        UUID id = conversationEvent.conversationId().value();
        Audience.Conversation everyone = new Audience.Conversation(id);
        return switch (conversationEvent) {
            case MessageCreated e -> List.of(Delivery.of(everyone, message("message.created", e.message())));
            case MessageUpdated e -> List.of(Delivery.of(everyone, message("message.updated", e.message())));
            case MessageDeleted e -> List.of(Delivery.of(everyone, message("message.deleted", e.message())));
            case MessageRestored e -> List.of(Delivery.of(everyone, message("message.restored", e.message())));
            case ConversationUpdated e -> List.of(Delivery.of(everyone, conversation("conversation.updated", e.conversation())));
            case ConversationCreated e -> List.of(refreshing(everyone, conversation("conversation.created", e.conversation())));
            case ConversationDeleted e -> List.of(Delivery.of(new Audience.Users(Set.copyOf(e.memberIds())),
                    conversation("conversation.deleted", e.conversation())));
            case ParticipantAdded e -> List.of(refreshing(everyone, participant("participant.added", e.participant())));
            case ParticipantUpdated e -> List.of(refreshing(everyone, participant("participant.updated", e.participant())));
            case ParticipantRemoved e -> {
                String json = participant("participant.removed", e.participant());
                // The removed user is no longer a member once the index refreshes, yet must hear of it.
                yield List.of(refreshing(everyone, json), Delivery.of(Audience.Users.of(e.userId()), json));
            }
            case ReadCursorMoved e -> List.of(receipt(e, everyone));
        };
    }

    private Delivery receipt(ReadCursorMoved moved, Audience.Conversation everyone) {
        String json = Frames.json(new ReceiptFrame("receipt.read", moved.conversationId().toString(),
                moved.userId().toString(), moved.seq()));
        // With share_read_receipts off only the reader's own devices learn the cursor (to sync unread counts).
        Audience audience = sharesReadReceipts.test(moved.userId()) ? everyone : Audience.Users.of(moved.userId());
        return Delivery.of(audience, json);
    }

    private static Delivery refreshing(Audience.Conversation audience, String json) {
        return new Delivery(audience, json, Delivery.Effect.REFRESH_MEMBERS);
    }

    private static String message(String type, Message message) {
        return Frames.json(new MessageFrame(type, message.conversationId().toString(), MessageView.from(message)));
    }

    private static String conversation(String type, Conversation conversation) {
        // Events are per conversation, not per reader: unread_count and last_read_seq are the neutral 0.
        ConversationSummary summary = new ConversationSummary(conversation, null, 0, 0, conversation.updatedAt());
        return Frames.json(new ConversationFrame(type, ConversationView.from(summary)));
    }

    private static String participant(String type, Participant participant) {
        return Frames.json(new ParticipantFrame(type, participant.conversationId().toString(),
                ParticipantView.from(participant)));
    }
}
