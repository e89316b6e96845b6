package dev.parley.bootstrap.support;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits in end-to-end tests for what the test is about (a status, a mail, a call to the fake LiveKit) by polling
 * it, never a fixed pause: the wait ends as soon as the condition holds and fails with what was awaited.
 */
public final class Await {
    /** Long enough for a loaded CI machine; a passing test never waits it out. */
    public static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(20);

    private Await() {
    }

    /** The first value {@code probe} finds (a mail, a log line), once it finds one; fails after {@code within}. */
    public static <T> T value(Supplier<Optional<T>> probe, Duration within, String what) {
        long deadline = System.nanoTime() + within.toNanos();
        Optional<T> found = probe.get();
        while (found.isEmpty()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + within + " waiting for " + what);
            }
            pollInterval();
            found = probe.get();
        }
        return found.get();
    }

    /** Returns once {@code condition} holds; fails after {@link #PATIENCE}. */
    public static void until(BooleanSupplier condition, String what) {
        until(condition, PATIENCE, what);
    }

    /** Returns once {@code condition} holds; fails after {@code within}. */
    public static void until(BooleanSupplier condition, Duration within, String what) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + within + " waiting until " + what);
            }
            pollInterval();
        }
    }

    /**
     * Checks that {@code condition} keeps holding for the whole of {@code window}: for "nothing happens"
     * (a user stays online through a reconnect grace), where there is no event to wait for.
     */
    public static void holdsThroughout(BooleanSupplier condition, Duration window, String what) {
        long end = System.nanoTime() + window.toNanos();
        do {
            if (!condition.getAsBoolean()) {
                throw new AssertionError("no longer true before " + window + " had passed: " + what);
            }
            pollInterval();
        } while (System.nanoTime() - end < 0);
        if (!condition.getAsBoolean()) {
            throw new AssertionError("no longer true at the end of " + window + ": " + what);
        }
    }

    private static void pollInterval() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", interrupted);
        }
    }
}
