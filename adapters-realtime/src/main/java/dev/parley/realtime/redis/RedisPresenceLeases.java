package dev.parley.realtime.redis;

import static dev.parley.realtime.redis.PresenceScripts.LEASES;
import static dev.parley.realtime.redis.PresenceScripts.USER_PREFIX;

import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.out.PresenceLeases;
import io.lettuce.core.ScriptOutputType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Realtime adapter for many nodes: presence leases in Redis (see {@link PresenceScripts}). A node that
 * dies stops renewing; whichever node sweeps first after expiry announces its users offline, once.
 */
public final class RedisPresenceLeases implements PresenceLeases {
    private final RedisConnections redis;
    private final String nodeId;

    public RedisPresenceLeases(RedisConnections redis, String nodeId) {
        this.redis = redis;
        this.nodeId = nodeId;
    }

    @Override
    public boolean attach(UserId userId, Instant expiresAt) {
        Long before = redis.sync().eval(PresenceScripts.ATTACH, ScriptOutputType.INTEGER,
                new String[] {USER_PREFIX + userId, LEASES}, nodeId, member(userId), millis(expiresAt));
        return before == 1L;
    }

    @Override
    public boolean detach(UserId userId) {
        Long gone = redis.sync().eval(PresenceScripts.DETACH, ScriptOutputType.INTEGER,
                new String[] {USER_PREFIX + userId, LEASES}, nodeId, member(userId));
        return gone == 1L;
    }

    @Override
    public List<UserId> renew(Collection<UserId> userIds, Instant expiresAt) {
        List<String> args = new ArrayList<>(List.of(nodeId, millis(expiresAt), USER_PREFIX));
        userIds.forEach(userId -> args.add(userId.toString()));
        List<String> back = redis.sync().eval(PresenceScripts.RENEW, ScriptOutputType.MULTI, new String[] {LEASES},
                args.toArray(String[]::new));
        return toUserIds(back);
    }

    @Override
    public List<UserId> sweepExpired(Instant now) {
        List<String> gone = redis.sync().eval(PresenceScripts.SWEEP, ScriptOutputType.MULTI, new String[] {LEASES},
                millis(now), USER_PREFIX);
        return toUserIds(gone);
    }

    @Override
    public boolean isOnline(UserId userId) {
        return redis.sync().scard(USER_PREFIX + userId) > 0;
    }

    private String member(UserId userId) {
        return userId + "|" + nodeId;
    }

    private static String millis(Instant instant) {
        return Long.toString(instant.toEpochMilli());
    }

    private static List<UserId> toUserIds(List<String> ids) {
        return ids.stream().map(id -> new UserId(UUID.fromString(id))).toList();
    }
}
