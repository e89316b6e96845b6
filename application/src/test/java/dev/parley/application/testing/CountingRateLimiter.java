package dev.parley.application.testing;

import dev.parley.domain.shared.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Fixed-window counting with the same contract as the real limiters. */
public final class CountingRateLimiter implements RateLimiter {
    private final Map<String, Instant> windowEnds = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    @Override
    public synchronized Optional<Duration> acquire(String key, Limit limit, Instant now) {
        if (!windowEnds.containsKey(key) || !now.isBefore(windowEnds.get(key))) {
            windowEnds.put(key, now.plus(limit.window()));
            counts.put(key, 0);
        }
        int count = counts.merge(key, 1, Integer::sum);
        return count > limit.count() ? Optional.of(Duration.between(now, windowEnds.get(key))) : Optional.empty();
    }

    @Override
    public synchronized Optional<Duration> check(String key, Limit limit, Instant now) {
        Instant end = windowEnds.get(key);
        if (end == null || !now.isBefore(end) || counts.get(key) < limit.count()) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, end));
    }

    @Override
    public synchronized void reset(String key) {
        windowEnds.remove(key);
        counts.remove(key);
    }
}
