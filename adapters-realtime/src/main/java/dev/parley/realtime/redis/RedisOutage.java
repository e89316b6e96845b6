package dev.parley.realtime.redis;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether Redis answers, shared by the adapters that can do their work locally while it does not (rate
 * limits, socket tickets): a failed command starts an outage, during which callers go straight to their
 * local fallback instead of each waiting out a timeout; one caller per {@link #PROBE_INTERVAL} tries Redis
 * again, and the first success ends the outage. Start and end are logged once each.
 */
public final class RedisOutage {
    static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(RedisOutage.class);

    private final Object lock = new Object();
    private boolean down;
    private long nextProbeNanos;

    /** {@code onRedis} while Redis answers (or when it is time to probe it), else {@code locally}. */
    public <T> T call(Supplier<T> onRedis, Supplier<T> locally) {
        if (!tryRedis()) {
            return locally.get();
        }
        T result;
        try {
            result = onRedis.get();
        } catch (RuntimeException unreachable) {
            begin(unreachable);
            return locally.get();
        }
        end();
        return result;
    }

    public boolean isDown() {
        synchronized (lock) {
            return down;
        }
    }

    private boolean tryRedis() {
        synchronized (lock) {
            if (!down) {
                return true;
            }
            long now = System.nanoTime();
            if (now - nextProbeNanos < 0) {
                return false;
            }
            nextProbeNanos = now + PROBE_INTERVAL.toNanos();
            return true;
        }
    }

    private void begin(RuntimeException cause) {
        synchronized (lock) {
            nextProbeNanos = System.nanoTime() + PROBE_INTERVAL.toNanos();
            if (down) {
                return;
            }
            down = true;
        }
        LOG.warn("Redis is unreachable ({}): rate limits and socket tickets are local to this node until it answers again",
                cause.getMessage());
    }

    private void end() {
        synchronized (lock) {
            if (!down) {
                return;
            }
            down = false;
        }
        LOG.info("Redis answers again: rate limits and socket tickets are shared across nodes again");
    }
}
