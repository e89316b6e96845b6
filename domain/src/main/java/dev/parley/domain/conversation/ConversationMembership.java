package dev.parley.domain.conversation;

import java.util.Objects;
import java.util.Optional;

/** A live conversation and one user's current place in it (empty when they are not, or no longer, in it). */
public record ConversationMembership(Conversation conversation, Optional<Participant> participant) {
    public ConversationMembership {
        Objects.requireNonNull(conversation);
        Objects.requireNonNull(participant);
    }
}
