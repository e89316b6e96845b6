package dev.parley.domain.conversation;

import dev.parley.domain.account.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One message at its place ({@code seq}) in a conversation. A deleted message keeps its seq but its
 * content reads as null, whatever the stored value: no read path can leak it.
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
        Instant deletedAt) {

    public Message {
        Objects.requireNonNull(id);
        Objects.requireNonNull(conversationId);
        Objects.requireNonNull(senderId);
        Objects.requireNonNull(type);
        Objects.requireNonNull(createdAt);
        if (deletedAt != null) {
            content = null;
        }
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
