package dev.parley.domain.conversation;

import dev.parley.domain.account.UserId;
import java.time.Instant;

/** A message about to be appended; the store assigns its seq in the same transaction as the insert. */
public record NewMessage(MessageId id, ConversationId conversationId, UserId senderId, MessageType type,
                         String content, MessageId replyToId, String clientMsgId, Instant createdAt) {
    public Message withSeq(long seq) {
        return new Message(id, conversationId, seq, senderId, type, content, replyToId, clientMsgId, createdAt,
                null, null);
    }
}
