package dev.parley.inmemory.realtime;

import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.out.PresenceLeases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory adapter: the presence leases of one node, which is the whole cluster. Thread-safe; an expired lease
 * stays online until {@link #sweepExpired} removes it, as a dead node's Redis lease does until it is swept.
 */
public final class InMemoryPresenceLeases implements PresenceLeases {
    private final Map<UserId, Instant> leases = new ConcurrentHashMap<>();

    @Override
    public boolean attach(UserId userId, Instant expiresAt) {
        return leases.put(userId, expiresAt) == null;
    }

    @Override
    public boolean detach(UserId userId) {
        return leases.remove(userId) != null;
    }

    @Override
    public List<UserId> renew(Collection<UserId> userIds, Instant expiresAt) {
        List<UserId> back = new ArrayList<>();
        for (UserId userId : userIds) {
            if (leases.put(userId, expiresAt) == null) {
                back.add(userId);
            }
        }
        return back;
    }

    @Override
    public List<UserId> sweepExpired(Instant now) {
        List<UserId> expired = new ArrayList<>();
        leases.forEach((userId, until) -> {
            // remove(key, value): a lease renewed meanwhile is not swept.
            if (!now.isBefore(until) && leases.remove(userId, until)) {
                expired.add(userId);
            }
        });
        return expired;
    }

    @Override
    public boolean isOnline(UserId userId) {
        return leases.containsKey(userId);
    }
}
