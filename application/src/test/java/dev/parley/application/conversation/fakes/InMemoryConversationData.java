package dev.parley.application.conversation.fakes;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageEdit;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.Participant;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shared state behind the in-memory conversation fakes (one object, like one database). */
public final class InMemoryConversationData {
    final Map<ConversationId, ConversationRow> conversations = new LinkedHashMap<>();
    final Map<String, ConversationId> directKeys = new LinkedHashMap<>();
    final Map<ConversationId, Map<UserId, ParticipantRow>> participants = new LinkedHashMap<>();
    final Map<MessageId, StoredMessage> messages = new LinkedHashMap<>();
    final List<MessageEdit> edits = new ArrayList<>();
    final Map<MessageId, UserId> deletedBy = new java.util.HashMap<>();
    /** The store's own clock, for what the database stamps with {@code now()} (a read cursor's move). */
    final Clock clock;

    public InMemoryConversationData() {
        this(Clock.systemUTC());
    }

    public InMemoryConversationData(Clock clock) {
        this.clock = clock;
    }

    /** A conversation with the columns the domain record does not carry. */
    record ConversationRow(Conversation conversation, Instant lastActivityAt) {
    }

    /** A membership row, kept after leaving; {@code updatedAt} is when it last changed (the change feed reads it). */
    record ParticipantRow(Participant participant, Instant leftAt, long lastReadSeq, Instant updatedAt) {
        boolean active() {
            return leftAt == null;
        }
    }

    /** A message with its stored content, which survives a soft delete. */
    record StoredMessage(Message message, String content) {
        Message visible() {
            Message m = message;
            return new Message(m.id(), m.conversationId(), m.seq(), m.senderId(), m.type(), content, m.replyToId(),
                    m.clientMsgId(), m.createdAt(), m.editedAt(), m.deletedAt());
        }
    }
}
