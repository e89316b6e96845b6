package dev.parley.domain.conversation.event;

import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;

/** A conversation's name, topic or avatar changed (becomes {@code conversation.updated}). */
public record ConversationUpdated(Conversation conversation) implements ConversationEvent {
    @Override
    public ConversationId conversationId() {
        return conversation.id();
    }
}
