package dev.parley.domain.conversation.event;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;

/** A message was restored (becomes {@code message.restored}). */
public record MessageRestored(Message message) implements ConversationEvent {
    @Override
    public ConversationId conversationId() {
        return message.conversationId();
    }
}
