package dev.parley.domain.conversation;

import java.time.Instant;

/**
 * A conversation as one participant sees it in a list: its newest message (or null), how many messages
 * from others follow their read cursor, and when it last had activity (the list's order).
 */
public record ConversationSummary(Conversation conversation, Message lastMessage, long unreadCount, long lastReadSeq,
                                  Instant lastActivityAt) {
}
