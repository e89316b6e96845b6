package dev.parley.bench;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop driver: starts one operation every {@code 1/rate} seconds on a fixed schedule, whatever
 * happened to the earlier ones, and hands each its <em>scheduled</em> start time. Latency measured
 * from that time includes any queueing the system caused, so a stall is not hidden (no coordinated
 * omission). When the driver itself falls behind it starts the overdue operations at once.
 */
public final class OpenLoop {

    /** One scheduled operation; must not block for long (hand slow work to a virtual thread). */
    @FunctionalInterface
    public interface Scheduled {
        void start(long scheduledNanos, long sequence);
    }

    private OpenLoop() {
    }

    /** Runs for {@code duration} at {@code ratePerSecond}; returns how many operations were started. */
    public static long run(double ratePerSecond, Duration duration, Scheduled operation) {
        double intervalNanos = 1e9 / ratePerSecond;
        long start = System.nanoTime();
        long total = (long) (ratePerSecond * duration.toNanos() / 1e9);
        for (long i = 0; i < total; i++) {
            long scheduled = start + (long) (i * intervalNanos);
            long wait = scheduled - System.nanoTime();
            if (wait > 50_000) {
                LockSupport.parkNanos(wait);
            }
            operation.start(scheduled, i);
        }
        return total;
    }
}
