package dev.parley.application.realtime;

import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.out.PresenceLeases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** In-memory presence leases of one node, with a hook to expire them as a dead node's would. */
final class FakeLeases implements PresenceLeases {
    final Map<UserId, Instant> leases = new HashMap<>();

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
        userIds.forEach(userId -> {
            if (leases.put(userId, expiresAt) == null) {
                back.add(userId);
            }
        });
        return back;
    }

    @Override
    public List<UserId> sweepExpired(Instant now) {
        List<UserId> gone = leases.entrySet().stream().filter(lease -> !now.isBefore(lease.getValue()))
                .map(Map.Entry::getKey).toList();
        gone.forEach(leases::remove);
        return gone;
    }

    @Override
    public boolean isOnline(UserId userId) {
        return leases.containsKey(userId);
    }
}
