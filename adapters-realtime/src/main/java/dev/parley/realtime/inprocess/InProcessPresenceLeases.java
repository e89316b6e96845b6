package dev.parley.realtime.inprocess;

import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.out.PresenceLeases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Realtime adapter for a single node: the node's leases in a map (the node is the whole cluster). */
public final class InProcessPresenceLeases implements PresenceLeases {
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
