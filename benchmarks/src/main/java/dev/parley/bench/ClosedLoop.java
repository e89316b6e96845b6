package dev.parley.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Capacity driver: {@code concurrency} virtual threads each repeat an operation back to back until the
 * deadline. Used where the question is "how many per second at most" (logins, persisted messages,
 * history pages); latency-under-load questions use {@link OpenLoop} instead.
 */
public final class ClosedLoop {

    /** One operation; returns how many units of work it completed (0 = failed), e.g. rows in a batch. */
    @FunctionalInterface
    public interface Operation {
        int run(int worker, long iteration) throws Exception;
    }

    /** What a run measured: completed units, failures, latency per operation and elapsed time. */
    public record Outcome(long units, long operations, long errors, Latency latency, Duration elapsed) {
        public double unitsPerSecond() {
            return units / (elapsed.toNanos() / 1e9);
        }
    }

    private ClosedLoop() {
    }

    public static Outcome run(int concurrency, Duration duration, Operation operation) throws InterruptedException {
        return run(concurrency, duration, operation, Thread.ofVirtual());
    }

    /**
     * With the given kind of thread: platform threads for a few clients on blocking sockets (history), where a
     * virtual thread parks and is woken through the poller on every response, costing load-generator CPU.
     */
    public static Outcome run(int concurrency, Duration duration, Operation operation, Thread.Builder threads)
            throws InterruptedException {
        Latency latency = new Latency();
        AtomicLong units = new AtomicLong();
        AtomicLong operations = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int worker = 0; worker < concurrency; worker++) {
            int id = worker;
            workers.add(threads.name("load-" + id).start(() -> {
                for (long i = 0; System.nanoTime() < deadline; i++) {
                    long began = System.nanoTime();
                    try {
                        int done = operation.run(id, i);
                        if (done > 0) {
                            units.addAndGet(done);
                            operations.incrementAndGet();
                            latency.recordSince(began);
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 3) {
                            System.err.println("operation failed: " + e);
                        }
                    }
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return new Outcome(units.get(), operations.get(), errors.get(), latency, Duration.ofNanos(System.nanoTime() - start));
    }
}
