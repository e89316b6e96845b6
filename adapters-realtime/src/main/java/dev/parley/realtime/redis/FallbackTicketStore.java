package dev.parley.realtime.redis;

import dev.parley.domain.account.Principal;
import dev.parley.domain.realtime.out.TicketStore;
import java.time.Instant;
import java.util.Optional;

/**
 * Realtime adapter for many nodes that keeps working without Redis: tickets go to Redis while it answers and
 * to this node's memory during an outage (such a ticket opens a socket on this node only). Redeeming looks
 * locally first, so a ticket issued during an outage still works once Redis is back.
 */
public final class FallbackTicketStore implements TicketStore {
    private final TicketStore shared;
    private final TicketStore local;
    private final RedisOutage outage;

    public FallbackTicketStore(TicketStore shared, TicketStore local, RedisOutage outage) {
        this.shared = shared;
        this.local = local;
        this.outage = outage;
    }

    @Override
    public void save(String digest, Principal principal, Instant expiresAt) {
        outage.call(() -> {
            shared.save(digest, principal, expiresAt);
            return null;
        }, () -> {
            local.save(digest, principal, expiresAt);
            return null;
        });
    }

    @Override
    public Optional<Principal> take(String digest, Instant now) {
        Optional<Principal> held = local.take(digest, now);
        return held.isPresent() ? held : outage.call(() -> shared.take(digest, now), Optional::empty);
    }
}
