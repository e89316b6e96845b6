package dev.parley.application.call;

import dev.parley.domain.call.Call;
import dev.parley.domain.call.out.CallRepository;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Turns ringing calls past their deadline into missed calls. Deadlines are stored with the calls and claimed
 * with {@code FOR UPDATE SKIP LOCKED}, so any node may sweep, each call is missed exactly once, and a
 * restart loses nothing.
 */
public final class RingTimeoutService {
    private final CallRepository calls;
    private final CallTransitions transitions;
    private final Transactions transactions;
    private final Clock clock;

    public RingTimeoutService(CallRepository calls, CallTransitions transitions, Transactions transactions, Clock clock) {
        this.calls = calls;
        this.transitions = transitions;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Misses up to {@code batch} due calls and announces them; returns how many. */
    public int sweepDue(int batch) {
        Instant now = clock.instant();
        List<CallTransitions.Finished> missed = transactions.inTransaction(() -> calls.claimDueRinging(now, batch).stream()
                .map(call -> transitions.missInTransaction(call, now))
                .toList());
        for (CallTransitions.Finished finished : missed) {
            transitions.announcer().finished(finished.call());
            transitions.announcer().publish(finished.noticed());
        }
        return missed.size();
    }

    /** Sweeps until no full batch comes back. */
    public void sweepAll() {
        while (sweepDue(100) == 100) {
            // keep going: more may be due
        }
    }
}
