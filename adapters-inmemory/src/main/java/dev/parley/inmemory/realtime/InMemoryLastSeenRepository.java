package dev.parley.inmemory.realtime;

import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.out.LastSeenRepository;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory adapter: when each user was last seen, never moving backwards, in a concurrent map (for the life of the process). */
public final class InMemoryLastSeenRepository implements LastSeenRepository {
    private final Map<UserId, Instant> lastSeen = new ConcurrentHashMap<>();

    @Override
    public void save(UserId userId, Instant lastSeenAt) {
        lastSeen.merge(userId, lastSeenAt, (known, seen) -> seen.isAfter(known) ? seen : known);
    }

    @Override
    public Optional<Instant> find(UserId userId) {
        return Optional.ofNullable(lastSeen.get(userId));
    }
}
