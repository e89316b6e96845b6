package dev.parley.application.realtime;

import dev.parley.application.testing.contracts.RateLimiterContract;
import dev.parley.domain.shared.RateLimiter;
import dev.parley.inmemory.shared.InMemoryRateLimiter;

/** The in-memory adapters' limiter against the rate-limiter contract (RedisRateLimiterIT runs the same on Redis). */
class InMemoryRateLimiterContractTest extends RateLimiterContract {
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter();

    @Override
    protected RateLimiter limiter() {
        return limiter;
    }
}
