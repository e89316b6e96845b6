package dev.parley.realtime.redis;

import dev.parley.domain.shared.RateLimiter;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Realtime adapter for many nodes: fixed-window counters in Redis, so a limit holds across every node. */
public final class RedisRateLimiter implements RateLimiter {
    private static final String PREFIX = "parley:rate:";
    // One round trip: count, start the window on the first event, report the window's remaining time.
    private static final String ACQUIRE = """
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
            return {count, ttl}""";

    private final RedisConnections redis;

    public RedisRateLimiter(RedisConnections redis) {
        this.redis = redis;
    }

    @Override
    public Optional<Duration> acquire(String key, Limit limit, Instant now) {
        List<Long> result = redis.sync().eval(ACQUIRE, ScriptOutputType.MULTI, new String[] {PREFIX + key},
                Long.toString(limit.window().toMillis()));
        return result.get(0) > limit.count() ? Optional.of(Duration.ofMillis(Math.max(1, result.get(1)))) : Optional.empty();
    }

    @Override
    public Optional<Duration> check(String key, Limit limit, Instant now) {
        String count = redis.sync().get(PREFIX + key);
        if (count == null || Long.parseLong(count) < limit.count()) {
            return Optional.empty();
        }
        long ttl = redis.sync().pttl(PREFIX + key);
        return ttl > 0 ? Optional.of(Duration.ofMillis(ttl)) : Optional.empty();
    }

    @Override
    public void reset(String key) {
        redis.sync().del(PREFIX + key);
    }
}
