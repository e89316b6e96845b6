package dev.parley.domain.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Outgoing port: counts events per key in fixed windows, shared by every node where configured so. */
public interface RateLimiter {
    /** Counts one event; empty when it is within the limit, else how long until the key is allowed again. */
    Optional<Duration> acquire(String key, Limit limit, Instant now);

    /** How long the key is still over its limit, without counting an event. */
    Optional<Duration> check(String key, Limit limit, Instant now);

    void reset(String key);

    /** At most {@code count} events per {@code window}. */
    record Limit(int count, Duration window) {
    }
}
