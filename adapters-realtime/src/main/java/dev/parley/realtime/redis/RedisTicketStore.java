package dev.parley.realtime.redis;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.out.TicketStore;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Realtime adapter for many nodes: socket tickets as Redis keys that expire; GETDEL makes them single-use. */
public final class RedisTicketStore implements TicketStore {
    private static final String PREFIX = "parley:ticket:";

    private final RedisConnections redis;

    public RedisTicketStore(RedisConnections redis) {
        this.redis = redis;
    }

    @Override
    public void save(String digest, Principal principal, Instant expiresAt) {
        long ttlMillis = Math.max(1, Duration.between(Instant.now(), expiresAt).toMillis());
        redis.sync().set(PREFIX + digest, principal.userId() + ":" + principal.sessionId(), SetArgs.Builder.px(ttlMillis));
    }

    @Override
    public Optional<Principal> take(String digest, Instant now) {
        String holder = redis.sync().getdel(PREFIX + digest);
        if (holder == null) {
            return Optional.empty();
        }
        String[] ids = holder.split(":", 2);
        return Optional.of(new Principal(new UserId(UUID.fromString(ids[0])), new SessionId(UUID.fromString(ids[1]))));
    }
}
