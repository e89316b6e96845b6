package dev.parley.domain.realtime;

import dev.parley.domain.account.UserId;
import java.time.Instant;
import java.util.Optional;

/** What others may know of a user's presence: the status and when the user was last seen online. */
public record Presence(UserId userId, PresenceStatus status, Optional<Instant> lastSeenAt) {
}
