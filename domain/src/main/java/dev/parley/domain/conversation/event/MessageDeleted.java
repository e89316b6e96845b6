package dev.parley.domain.conversation.event;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;

/** A message was deleted (becomes {@code message.deleted}). */
public record MessageDeleted(Message message) implements ConversationEvent {
    @Override
    public ConversationId conversationId() {
        return message.conversationId();
    }
}
