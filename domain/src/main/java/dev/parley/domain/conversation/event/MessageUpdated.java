package dev.parley.domain.conversation.event;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;

/** A message was updated (becomes {@code message.updated}). */
public record MessageUpdated(Message message) implements ConversationEvent {
    @Override
    public ConversationId conversationId() {
        return message.conversationId();
    }
}
