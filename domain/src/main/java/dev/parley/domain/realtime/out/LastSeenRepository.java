package dev.parley.domain.realtime.out;

import dev.parley.domain.account.UserId;
import java.time.Instant;
import java.util.Optional;

/** Outgoing port: when each user was last seen online, kept across restarts. */
public interface LastSeenRepository {
    void save(UserId userId, Instant lastSeenAt);

    Optional<Instant> find(UserId userId);
}
