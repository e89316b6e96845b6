package dev.parley.http.realtime;

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
import dev.parley.domain.realtime.WireFrame;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.http.conversation.ConversationView;
import dev.parley.http.conversation.MessageView;
import dev.parley.http.conversation.ParticipantView;
import java.util.Optional;

/**
 * {@code message.*}, {@code conversation.*}, {@code participant.*} and {@code receipt.read}: the same views
 * REST returns (per conversation, not per reader; the application decides who receives them).
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

    @Override
    public Optional<WireFrame> encode(DomainEvent event) {
        if (!(event instanceof ConversationEvent conversationEvent)) {
            return Optional.empty();
        }
        return Optional.of(switch (conversationEvent) {
            case MessageCreated e -> message("message.created", e.message());
            case MessageUpdated e -> message("message.updated", e.message());
            case MessageDeleted e -> message("message.deleted", e.message());
            case MessageRestored e -> message("message.restored", e.message());
            case ConversationUpdated e -> conversation("conversation.updated", e.conversation());
            case ConversationCreated e -> conversation("conversation.created", e.conversation());
            case ConversationDeleted e -> conversation("conversation.deleted", e.conversation());
            case ParticipantAdded e -> participant("participant.added", e.participant());
            case ParticipantUpdated e -> participant("participant.updated", e.participant());
            case ParticipantRemoved e -> participant("participant.removed", e.participant());
            case ReadCursorMoved e -> Frames.wire(new ReceiptFrame("receipt.read", e.conversationId().toString(),
                    e.userId().toString(), e.seq()));
        });
    }

    private static WireFrame message(String type, Message message) {
        return Frames.wire(new MessageFrame(type, message.conversationId().toString(), MessageView.from(message)));
    }

    private static WireFrame conversation(String type, Conversation conversation) {
        // Events are per conversation, not per reader: unread_count and last_read_seq are the neutral 0.
        ConversationSummary summary = new ConversationSummary(conversation, null, 0, 0, conversation.updatedAt());
        return Frames.wire(new ConversationFrame(type, ConversationView.from(summary)));
    }

    private static WireFrame participant(String type, Participant participant) {
        return Frames.wire(new ParticipantFrame(type, participant.conversationId().toString(),
                ParticipantView.from(participant)));
    }
}
