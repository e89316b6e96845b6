package dev.parley.realtime.redis;

import dev.parley.domain.shared.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Realtime adapter for many nodes that keeps working without Redis: the shared {@link RedisRateLimiter} while
 * Redis answers, this node's own counters during an outage (limits then hold per node, not across nodes, which
 * beats refusing every send).
 */
public final class FallbackRateLimiter implements RateLimiter {
    private final RateLimiter shared;
    private final RateLimiter local;
    private final RedisOutage outage;

    public FallbackRateLimiter(RateLimiter shared, RateLimiter local, RedisOutage outage) {
        this.shared = shared;
        this.local = local;
        this.outage = outage;
    }

    @Override
    public Optional<Duration> acquire(String key, Limit limit, Instant now) {
        return outage.call(() -> shared.acquire(key, limit, now), () -> local.acquire(key, limit, now));
    }

    @Override
    public Optional<Duration> check(String key, Limit limit, Instant now) {
        return outage.call(() -> shared.check(key, limit, now), () -> local.check(key, limit, now));
    }

    @Override
    public void reset(String key) {
        local.reset(key);
        outage.call(() -> {
            shared.reset(key);
            return null;
        }, () -> null);
    }
}
