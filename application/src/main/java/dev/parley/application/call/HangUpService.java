package dev.parley.application.call;

import dev.parley.domain.account.Principal;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallId;
import dev.parley.domain.call.in.CancelCallUseCase;
import dev.parley.domain.call.in.DeclineCallUseCase;
import dev.parley.domain.call.in.EndCallUseCase;
import java.time.Clock;

/**
 * The three ways a party finishes a call: decline (callee, ringing), cancel (caller, ringing) and end
 * (either, active). Grouped because each is one line over {@link CallTransitions}; the call decides who
 * may do what.
 */
public final class HangUpService implements DeclineCallUseCase, CancelCallUseCase, EndCallUseCase {
    private final CallTransitions transitions;
    private final Clock clock;

    public HangUpService(CallTransitions transitions, Clock clock) {
        this.transitions = transitions;
        this.clock = clock;
    }

    @Override
    public Call decline(Principal callee, CallId id) {
        return transitions.apply(id, clock.instant(), (call, now) -> call.decline(callee.userId(), now));
    }

    @Override
    public Call cancel(Principal caller, CallId id) {
        return transitions.apply(id, clock.instant(), (call, now) -> call.cancel(caller.userId(), now));
    }

    @Override
    public Call end(Principal party, CallId id) {
        return transitions.apply(id, clock.instant(), (call, now) -> call.end(party.userId(), now));
    }
}
