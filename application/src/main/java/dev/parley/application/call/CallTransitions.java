package dev.parley.application.call;

import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallId;
import dev.parley.domain.call.CallState;
import dev.parley.domain.call.out.CallNotices;
import dev.parley.domain.call.out.CallRepository;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Transactions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Runs one move on a call under a row lock, so concurrent moves (two devices accepting, accept racing
 * the ring timeout) are serialised and exactly one wins. A call found ringing past its deadline is
 * first marked missed and committed, and the move is then judged against the missed call.
 */
public final class CallTransitions {
    private final CallRepository calls;
    private final CallNotices notices;
    private final CallAnnouncer announcer;
    private final Transactions transactions;

    public CallTransitions(CallRepository calls, CallNotices notices, CallAnnouncer announcer, Transactions transactions) {
        this.calls = calls;
        this.notices = notices;
        this.announcer = announcer;
        this.transactions = transactions;
    }

    /** Applies {@code move} (given the call and the time) and returns the call afterwards; an unknown call is 404. */
    Call apply(CallId id, Instant now, BiFunction<Call, Instant, Call> move) {
        return applyIfPresent(id, now, move).orElseThrow(() -> ParleyException.notFound("call"));
    }

    Optional<Call> applyIfPresent(CallId id, Instant now, BiFunction<Call, Instant, Call> move) {
        Optional<Moved> moved = transactions.inTransaction(() -> calls.lock(id).map(call -> {
            Call next = call.isDue(now) ? call.miss(now) : move.apply(call, now);
            List<DomainEvent> noticed = List.of();
            if (!next.state().equals(call.state())) {
                calls.update(next);
                if (next.state() instanceof CallState.Finished) {
                    noticed = notices.recordFinished(next);
                }
            }
            return new Moved(call, next, call.isDue(now), noticed);
        }));
        if (moved.isEmpty()) {
            return Optional.empty();
        }
        Moved done = moved.get();
        announcer.moved(done.before(), done.after());
        announcer.publish(done.noticed());
        // the ring timeout won the race: the move is judged against the missed call (usually a rejection)
        return Optional.of(done.timedOut() ? move.apply(done.after(), now) : done.after());
    }

    /** Marks a claimed call missed inside the sweeper's transaction; the notice's events are for after commit. */
    Finished missInTransaction(Call call, Instant now) {
        Call missed = call.miss(now);
        calls.update(missed);
        return new Finished(missed, notices.recordFinished(missed));
    }

    CallAnnouncer announcer() {
        return announcer;
    }

    private record Moved(Call before, Call after, boolean timedOut, List<DomainEvent> noticed) {
    }

    /** A call that just finished and the events its notice left to publish after commit. */
    record Finished(Call call, List<DomainEvent> noticed) {
    }
}
