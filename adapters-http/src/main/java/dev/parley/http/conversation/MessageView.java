package dev.parley.http.conversation;

import dev.parley.domain.conversation.Message;
import java.time.Instant;
import java.util.List;

/** The wire form of a message; a deleted one shows {@code content: null}, its {@code deleted_at} and no attachments. */
public record MessageView(String id, String conversationId, long seq, String senderId, String type, String content,
                          String replyToId, List<Object> attachments, String clientMsgId, Instant createdAt,
                          Instant editedAt, Instant deletedAt) {
    public static MessageView from(Message message) {
        if (message == null) {
            return null;
        }
        return new MessageView(message.id().toString(), message.conversationId().toString(), message.seq(),
                message.senderId().toString(), message.type().wire(), message.content(),
                message.replyToId() == null ? null : message.replyToId().toString(), List.of(), message.clientMsgId(),
                message.createdAt(), message.editedAt(), message.deletedAt());
    }
}
