package dev.parley.realtime.ratelimit;

import dev.parley.application.testing.contracts.RateLimiterContract;
import dev.parley.domain.shared.RateLimiter;

/** The single-node limiter against the rate-limiter contract (RedisRateLimiterIT runs the same on Redis). */
class InMemoryRateLimiterTest extends RateLimiterContract {
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter();

    @Override
    protected RateLimiter limiter() {
        return limiter;
    }
}
