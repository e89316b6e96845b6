package dev.parley.domain.conversation.event;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;

/** A participant read up to {@code seq} (becomes {@code receipt.read} for the others). */
public record ReadCursorMoved(ConversationId conversationId, UserId userId, long seq) implements ConversationEvent {
}
