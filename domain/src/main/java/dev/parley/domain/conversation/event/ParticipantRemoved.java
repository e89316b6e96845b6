package dev.parley.domain.conversation.event;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Participant;

/** A participant was removed (becomes {@code participant.removed}). */
public record ParticipantRemoved(Participant participant) implements ConversationEvent {
    @Override
    public ConversationId conversationId() {
        return participant.conversationId();
    }

    public UserId userId() {
        return participant.userId();
    }
}
