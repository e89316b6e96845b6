package dev.parley.inmemory.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageEdit;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.file.FileId;
import dev.parley.domain.realtime.ConversationChange;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * In-memory adapter: the one store behind {@link InMemoryConversationRepository}, {@link InMemoryMessageRepository},
 * {@link InMemoryMembershipQuery} and the change feed, like one database. It is also their one lock: every read and
 * write of these maps holds this object's monitor, so a message append and a membership change never interleave.
 */
public final class InMemoryConversationData {
    final Map<ConversationId, ConversationRow> conversations = new LinkedHashMap<>();
    final Map<String, ConversationId> directKeys = new LinkedHashMap<>();
    final Map<ConversationId, Map<UserId, ParticipantRow>> participants = new LinkedHashMap<>();
    final Map<MessageId, StoredMessage> messages = new LinkedHashMap<>();
    final List<MessageEdit> edits = new ArrayList<>();
    final Map<MessageId, UserId> deletedBy = new HashMap<>();
    /** The store's own clock, for what the database stamps with {@code now()} (a read cursor's move). */
    final Clock clock;

    public InMemoryConversationData() {
        this(Clock.systemUTC());
    }

    public InMemoryConversationData(Clock clock) {
        this.clock = clock;
    }

    /** The store's clock, read as the database's {@code now()}. */
    public Instant now() {
        return clock.instant();
    }

    /** The change feed's rows: {@code userId}'s memberships whose conversation changed after {@code after}. */
    public synchronized List<ConversationChange> changesFor(UserId userId, Instant after) {
        return ConversationChanges.of(this, userId, after);
    }

    /**
     * Whether a live message in a live conversation where {@code reader} is an active member carries {@code file}:
     * the file repository's read rule, asked of the messages like the database's join does.
     */
    public synchronized boolean attachedWhereParticipant(FileId file, UserId reader) {
        return messages.values().stream().map(StoredMessage::message)
                .filter(message -> message.deletedAt() == null)
                .filter(message -> message.attachments().stream().anyMatch(attachment -> attachment.id().equals(file)))
                .anyMatch(message -> {
                    ConversationRow conversation = conversations.get(message.conversationId());
                    ParticipantRow member = participants.getOrDefault(message.conversationId(), Map.of()).get(reader);
                    return conversation != null && conversation.conversation().deletedAt() == null
                            && member != null && member.active();
                });
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
