package dev.parley.domain.conversation.event;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;

/** A message was created (becomes {@code message.created}). */
public record MessageCreated(Message message) implements ConversationEvent {
    @Override
    public ConversationId conversationId() {
        return message.conversationId();
    }
}
