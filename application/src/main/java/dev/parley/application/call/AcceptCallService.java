package dev.parley.application.call;

import dev.parley.domain.account.Principal;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallId;
import dev.parley.domain.call.in.AcceptCallUseCase;
import java.time.Clock;

/** The callee answers on one device: the first accept wins, later ones get a conflict; the answering device gets its token. */
public final class AcceptCallService implements AcceptCallUseCase {
    private final CallTransitions transitions;
    private final MediaGrants grants;
    private final Clock clock;

    public AcceptCallService(CallTransitions transitions, MediaGrants grants, Clock clock) {
        this.transitions = transitions;
        this.grants = grants;
        this.clock = clock;
    }

    @Override
    public Accepted accept(Principal callee, CallId id) {
        Call call = transitions.apply(id, clock.instant(),
                (current, now) -> current.accept(callee.userId(), callee.sessionId(), now));
        return new Accepted(call, grants.forParty(call, callee.userId()));
    }
}
