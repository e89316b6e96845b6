package dev.parley.bootstrap.support;

import dev.parley.domain.call.CallEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Records the call events a node publishes (what the real-time layer turns into {@code call.*} frames), so
 * tests can check who is told what where delivery over sockets is not the point.
 */
public final class CallEvents {
    private final List<CallEvent> seen = new CopyOnWriteArrayList<>();

    public static CallEvents of(RunningNode node) {
        CallEvents events = new CallEvents();
        node.parley().component().events().listen(event -> {
            if (event instanceof CallEvent call) {
                events.seen.add(call);
            }
        });
        return events;
    }

    /** Events of {@code type} about call {@code callId}. */
    public List<CallEvent> about(String callId, String type) {
        return seen.stream().filter(event -> event.call().id().toString().equals(callId))
                .filter(event -> event.type().equals(type)).toList();
    }

    /** Waits up to {@code timeout} for an event matching {@code wanted}. */
    public CallEvent await(Predicate<CallEvent> wanted, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            for (CallEvent event : seen) {
                if (wanted.test(event)) {
                    return event;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no matching call event within " + timeout + "; saw " + seen);
    }
}
