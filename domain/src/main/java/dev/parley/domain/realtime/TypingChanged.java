package dev.parley.domain.realtime;

import dev.parley.domain.account.UserId;
import dev.parley.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A participant started or stopped typing: ephemeral (never stored), for the conversation's other
 * participants ({@code recipients}, resolved from the membership index when it happened).
 */
public record TypingChanged(UUID conversationId, UserId userId, boolean typing, Set<UserId> recipients)
        implements DomainEvent {
    public TypingChanged {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(userId, "userId");
        recipients = Set.copyOf(recipients);
    }
}
