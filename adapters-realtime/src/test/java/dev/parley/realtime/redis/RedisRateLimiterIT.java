package dev.parley.realtime.redis;

import dev.parley.application.testing.contracts.RateLimiterContract;
import dev.parley.domain.shared.RateLimiter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared limiter on a real Redis against the rate-limiter contract; skipped when Redis is unreachable. */
class RedisRateLimiterIT extends RateLimiterContract {
    private static RedisConnections redis;

    @BeforeAll
    static void connect() {
        redis = TestRedis.connectOrSkip();
    }

    @AfterAll
    static void close() {
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    protected RateLimiter limiter() {
        return new RedisRateLimiter(redis);
    }
}
