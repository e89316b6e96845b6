package dev.parley.http.conversation;

import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationSummary;
import java.time.Instant;

/** The wire form of a conversation as the caller sees it, with its newest message and the caller's unread count. */
public record ConversationView(String id, String type, String name, String topic, String avatarUrl, String createdBy,
                               Instant createdAt, Instant updatedAt, long lastSeq, int participantCount,
                               MessageView lastMessage, long unreadCount, long lastReadSeq) {
    public static ConversationView from(ConversationSummary summary) {
        Conversation conversation = summary.conversation();
        return new ConversationView(conversation.id().toString(), conversation.type().wire(), conversation.name(),
                conversation.topic(), conversation.avatarUrl(), conversation.createdBy().toString(),
                conversation.createdAt(), conversation.updatedAt(), conversation.lastSeq(),
                conversation.participantCount(), MessageView.from(summary.lastMessage()), summary.unreadCount(),
                summary.lastReadSeq());
    }
}
