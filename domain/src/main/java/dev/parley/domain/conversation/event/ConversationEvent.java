package dev.parley.domain.conversation.event;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.DomainEvent;

/** Everything that changes in a conversation, one record per kind; published after commit. */
public sealed interface ConversationEvent extends DomainEvent permits MessageCreated, MessageUpdated, MessageDeleted,
        MessageRestored, ConversationCreated, ConversationUpdated, ConversationDeleted, ParticipantAdded,
        ParticipantRemoved, ParticipantUpdated, ReadCursorMoved {
    ConversationId conversationId();
}
