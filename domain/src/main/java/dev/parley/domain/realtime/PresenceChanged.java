package dev.parley.domain.realtime;

import dev.parley.domain.account.UserId;
import dev.parley.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A user came online or went offline (on the whole cluster, not just one node). */
public record PresenceChanged(UserId userId, PresenceStatus status, Optional<Instant> lastSeenAt) implements DomainEvent {
    public PresenceChanged {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    }
}
