package dev.parley.application.core;

import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The core's periodic background work on two daemon threads. A task that fails is logged and runs again on its next
 * tick; a dependency that is down fails every tick, so each task logs its stack trace at most once a minute.
 */
final class CoreWorkers {
    private static final Logger LOG = System.getLogger(ParleyCore.class.getName());
    private static final Duration REPEATED_FAILURE_LOG_INTERVAL = Duration.ofMinutes(1);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private final ScheduledExecutorService workers =
            Executors.newScheduledThreadPool(2, Thread.ofPlatform().daemon().name("parley-worker-", 0).factory());
    private final Map<String, Long> lastFailureLogs = new ConcurrentHashMap<>();

    /** Runs {@code work} every {@code interval}, the first time one interval from now. */
    void every(Duration interval, String what, Runnable work) {
        long millis = interval.toMillis();
        workers.scheduleWithFixedDelay(() -> runQuietly(what, work), millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Interrupts the running tasks and waits (bounded) for them to finish. */
    void stop() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    boolean isStopped() {
        return workers.isTerminated();
    }

    private void runQuietly(String what, Runnable work) {
        try {
            work.run();
        } catch (ParleyException unavailable) {
            // the database is down: logged where that was found out, at most every few seconds, not per tick
            if (unavailable.code() != ErrorCode.UNAVAILABLE) {
                LOG.log(Level.WARNING, "{0} failed: {1}", what, unavailable.getMessage());
            }
        } catch (RuntimeException failure) {
            long now = System.nanoTime();
            Long last = lastFailureLogs.get(what);
            if (last == null || now - last > REPEATED_FAILURE_LOG_INTERVAL.toNanos()) {
                lastFailureLogs.put(what, now);
                LOG.log(Level.WARNING, what + " failed (repeats are logged once a minute): " + failure.getMessage(),
                        failure);
            }
        }
    }
}
