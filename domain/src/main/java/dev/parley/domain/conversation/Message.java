package dev.parley.domain.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.Attachment;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One message at its place ({@code seq}) in a conversation. A deleted message keeps its seq but its
 * content and its attachments read as null and none, whatever is stored: no read path can leak them, and a
 * restore shows them again.
 */
public record Message(
        MessageId id,
        ConversationId conversationId,
        long seq,
        UserId senderId,
        MessageType type,
        String content,
        MessageId replyToId,
        String clientMsgId,
        Instant createdAt,
        Instant editedAt,
        Instant deletedAt,
        List<Attachment> attachments) {

    /** A message without files. */
    public Message(MessageId id, ConversationId conversationId, long seq, UserId senderId, MessageType type,
                   String content, MessageId replyToId, String clientMsgId, Instant createdAt, Instant editedAt,
                   Instant deletedAt) {
        this(id, conversationId, seq, senderId, type, content, replyToId, clientMsgId, createdAt, editedAt, deletedAt,
                List.of());
    }

    public Message {
        Objects.requireNonNull(id);
        Objects.requireNonNull(conversationId);
        Objects.requireNonNull(senderId);
        Objects.requireNonNull(type);
        Objects.requireNonNull(createdAt);
        if (deletedAt != null) {
            content = null;
            attachments = List.of();
        } else {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }
    }

    /** The same message carrying {@code files} (as loaded for a read). */
    public Message withAttachments(List<Attachment> files) {
        return new Message(id, conversationId, seq, senderId, type, content, replyToId, clientMsgId, createdAt,
                editedAt, deletedAt, files);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
