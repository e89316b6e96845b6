package dev.parley.realtime.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.shared.RateLimiter;
import dev.parley.domain.shared.RateLimiter.Limit;
import dev.parley.realtime.ratelimit.InMemoryRateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FallbackRateLimiterTest {
    private static final Limit TWO_PER_MINUTE = new Limit(2, Duration.ofMinutes(1));
    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    private final AtomicBoolean redisUp = new AtomicBoolean(true);
    private final AtomicInteger redisCalls = new AtomicInteger();
    private final RateLimiter shared = new FlakyLimiter();
    private final FallbackRateLimiter limiter = new FallbackRateLimiter(shared, new InMemoryRateLimiter(), new RedisOutage());

    @Test
    void counts_locally_while_redis_fails_and_still_limits() {
        redisUp.set(false);

        assertThat(limiter.acquire("send:alice", TWO_PER_MINUTE, NOW)).isEmpty();
        assertThat(limiter.acquire("send:alice", TWO_PER_MINUTE, NOW)).isEmpty();
        assertThat(limiter.acquire("send:alice", TWO_PER_MINUTE, NOW)).isPresent();
    }

    @Test
    void does_not_ask_redis_again_on_every_call_during_an_outage() {
        redisUp.set(false);
        limiter.acquire("send:alice", TWO_PER_MINUTE, NOW);
        int callsWhenItFailed = redisCalls.get();

        for (int i = 0; i < 20; i++) {
            limiter.check("send:bob", TWO_PER_MINUTE, NOW);
        }

        assertThat(redisCalls.get()).isEqualTo(callsWhenItFailed);
    }

    @Test
    void goes_back_to_redis_once_it_answers_again() throws InterruptedException {
        redisUp.set(false);
        limiter.acquire("send:alice", TWO_PER_MINUTE, NOW);
        redisUp.set(true);
        Thread.sleep(RedisOutage.PROBE_INTERVAL.toMillis() + 50);

        limiter.acquire("send:alice", TWO_PER_MINUTE, NOW);
        limiter.acquire("send:alice", TWO_PER_MINUTE, NOW);

        assertThat(redisCalls.get()).isEqualTo(3);
    }

    /** A limiter that never limits and fails like a Redis that is gone while {@link #redisUp} is false. */
    private final class FlakyLimiter implements RateLimiter {
        @Override
        public Optional<Duration> acquire(String key, Limit limit, Instant now) {
            return answer();
        }

        @Override
        public Optional<Duration> check(String key, Limit limit, Instant now) {
            return answer();
        }

        @Override
        public void reset(String key) {
            answer();
        }

        private Optional<Duration> answer() {
            redisCalls.incrementAndGet();
            if (!redisUp.get()) {
                throw new IllegalStateException("Connection refused");
            }
            return Optional.empty();
        }
    }
}
