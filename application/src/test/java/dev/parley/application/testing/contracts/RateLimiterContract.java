package dev.parley.application.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.shared.RateLimiter;
import dev.parley.domain.shared.RateLimiter.Limit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RateLimiter} must do; run against the in-memory and the Redis limiter. Redis times windows
 * by its own clock, so these tests pass the real time and wait for real windows to end.
 */
public abstract class RateLimiterContract {
    private static final Limit THREE_PER_MINUTE = new Limit(3, Duration.ofMinutes(1));

    protected abstract RateLimiter limiter();

    private final List<String> keys = new ArrayList<>();

    private String newKey() {
        String key = "contract:" + UUID.randomUUID();
        keys.add(key);
        return key;
    }

    @AfterEach
    void forgetTheKeys() {
        keys.forEach(limiter()::reset);
    }

    @Test
    void allows_the_limit_within_a_window_then_says_how_long_to_wait() {
        String key = newKey();

        for (int i = 0; i < 3; i++) {
            assertThat(limiter().acquire(key, THREE_PER_MINUTE, Instant.now())).isEmpty();
        }
        Optional<Duration> refused = limiter().acquire(key, THREE_PER_MINUTE, Instant.now());

        assertThat(refused).hasValueSatisfying(wait -> assertThat(wait)
                .isPositive().isLessThanOrEqualTo(THREE_PER_MINUTE.window()));
    }

    @Test
    void checking_counts_nothing_and_reports_a_key_that_reached_its_limit() {
        String key = newKey();
        for (int i = 0; i < 10; i++) {
            assertThat(limiter().check(key, THREE_PER_MINUTE, Instant.now())).isEmpty();
        }
        limiter().acquire(key, THREE_PER_MINUTE, Instant.now());
        limiter().acquire(key, THREE_PER_MINUTE, Instant.now());
        assertThat(limiter().check(key, THREE_PER_MINUTE, Instant.now())).isEmpty();

        assertThat(limiter().acquire(key, THREE_PER_MINUTE, Instant.now())).isEmpty();

        assertThat(limiter().check(key, THREE_PER_MINUTE, Instant.now())).hasValueSatisfying(wait -> assertThat(wait)
                .isPositive().isLessThanOrEqualTo(THREE_PER_MINUTE.window()));
    }

    @Test
    void keys_are_counted_apart() {
        String busy = newKey();
        String quiet = newKey();
        for (int i = 0; i < 5; i++) {
            limiter().acquire(busy, THREE_PER_MINUTE, Instant.now());
        }

        assertThat(limiter().check(quiet, THREE_PER_MINUTE, Instant.now())).isEmpty();
        assertThat(limiter().acquire(quiet, THREE_PER_MINUTE, Instant.now())).isEmpty();
        assertThat(limiter().acquire(busy, THREE_PER_MINUTE, Instant.now())).isPresent();
    }

    @Test
    void a_reset_key_starts_over() {
        String key = newKey();
        for (int i = 0; i < 4; i++) {
            limiter().acquire(key, THREE_PER_MINUTE, Instant.now());
        }

        limiter().reset(key);

        assertThat(limiter().check(key, THREE_PER_MINUTE, Instant.now())).isEmpty();
        assertThat(limiter().acquire(key, THREE_PER_MINUTE, Instant.now())).isEmpty();
    }

    @Test
    void a_key_is_allowed_again_once_its_window_ended_and_not_before() {
        Limit onePerShortWindow = new Limit(1, Duration.ofMillis(400));
        String key = newKey();
        Instant start = Instant.now();
        limiter().acquire(key, onePerShortWindow, start);
        assertThat(limiter().acquire(key, onePerShortWindow, Instant.now())).isPresent();

        Instant deadline = start.plusSeconds(5);
        while (limiter().check(key, onePerShortWindow, Instant.now()).isPresent() && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        Instant allowedAt = Instant.now();

        assertThat(Duration.between(start, allowedAt)).isGreaterThanOrEqualTo(Duration.ofMillis(390))
                .isLessThan(Duration.ofSeconds(5));
        assertThat(limiter().acquire(key, onePerShortWindow, Instant.now())).isEmpty();
    }

    @Test
    void concurrent_callers_together_get_exactly_the_limit() throws Exception {
        String key = newKey();
        Limit five = new Limit(5, Duration.ofMinutes(1));
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Optional<Duration>>> outcomes = new ArrayList<>();
        try (ExecutorService callers = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 16; i++) {
                outcomes.add(callers.submit(() -> {
                    go.await();
                    return limiter().acquire(key, five, Instant.now());
                }));
            }
            go.countDown();
            int allowed = 0;
            for (Future<Optional<Duration>> outcome : outcomes) {
                allowed += outcome.get().isEmpty() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(5);
        }
    }
}
