package dev.parley.inmemory.shared;

import dev.parley.domain.shared.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory adapter: fixed-window counters in a concurrent map, one process being the whole deployment. Windows
 * follow the {@code now} the caller passes (the application's clock), where the Redis limiter uses Redis time.
 */
public final class InMemoryRateLimiter implements RateLimiter {
    private static final int SWEEP_ABOVE = 50_000;

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    @Override
    public Optional<Duration> acquire(String key, Limit limit, Instant now) {
        sweepIfLarge(now);
        Window window = windows.compute(key, (ignored, current) -> current == null || current.endsBy(now)
                ? new Window(now.plus(limit.window()), 1)
                : new Window(current.endsAt(), current.count() + 1));
        return window.count() > limit.count() ? Optional.of(Duration.between(now, window.endsAt())) : Optional.empty();
    }

    @Override
    public Optional<Duration> check(String key, Limit limit, Instant now) {
        Window window = windows.get(key);
        if (window == null || window.endsBy(now) || window.count() < limit.count()) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, window.endsAt()));
    }

    @Override
    public void reset(String key) {
        windows.remove(key);
    }

    private void sweepIfLarge(Instant now) {
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(window -> window.endsBy(now));
        }
    }

    private record Window(Instant endsAt, int count) {
        boolean endsBy(Instant now) {
            return !now.isBefore(endsAt);
        }
    }
}
