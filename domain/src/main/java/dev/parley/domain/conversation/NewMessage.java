package dev.parley.domain.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.Attachment;
import java.time.Instant;
import java.util.List;

/** A message about to be appended; the store assigns its seq in the same transaction as the insert. */
public record NewMessage(MessageId id, ConversationId conversationId, UserId senderId, MessageType type,
                         String content, MessageId replyToId, String clientMsgId, Instant createdAt,
                         List<Attachment> attachments) {
    public NewMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A message without files. */
    public NewMessage(MessageId id, ConversationId conversationId, UserId senderId, MessageType type, String content,
                      MessageId replyToId, String clientMsgId, Instant createdAt) {
        this(id, conversationId, senderId, type, content, replyToId, clientMsgId, createdAt, List.of());
    }

    public Message withSeq(long seq) {
        return new Message(id, conversationId, seq, senderId, type, content, replyToId, clientMsgId, createdAt,
                null, null, attachments);
    }
}
