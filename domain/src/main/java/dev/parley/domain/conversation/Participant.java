package dev.parley.domain.conversation;

import dev.parley.domain.account.UserId;
import java.time.Instant;
import java.util.Objects;

/** A current member of a conversation with its role; {@code joinedAt} orders seniority. */
public record Participant(ConversationId conversationId, UserId userId, Role role, Instant joinedAt) {
    public Participant {
        Objects.requireNonNull(conversationId);
        Objects.requireNonNull(userId);
        Objects.requireNonNull(role);
        Objects.requireNonNull(joinedAt);
    }

    public Participant withRole(Role newRole) {
        return new Participant(conversationId, userId, newRole, joinedAt);
    }
}
