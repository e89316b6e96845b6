package dev.parley.application.call;

import dev.parley.domain.account.Principal;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallId;
import dev.parley.domain.call.MediaGrant;
import dev.parley.domain.call.in.JoinCallUseCase;
import dev.parley.domain.call.out.CallRepository;
import dev.parley.domain.shared.ParleyException;
import java.time.Clock;
import java.time.Instant;

/** Hands a party of an active call a fresh media token; strangers get 404, unanswered or finished calls their rejection. */
public final class JoinCallService implements JoinCallUseCase {
    private final CallRepository calls;
    private final CallTransitions transitions;
    private final MediaGrants grants;
    private final Clock clock;

    public JoinCallService(CallRepository calls, CallTransitions transitions, MediaGrants grants, Clock clock) {
        this.calls = calls;
        this.transitions = transitions;
        this.grants = grants;
        this.clock = clock;
    }

    @Override
    public MediaGrant join(Principal party, CallId id) {
        Instant now = clock.instant();
        Call call = calls.find(id).orElseThrow(() -> ParleyException.notFound("call"));
        if (call.isDue(now)) {
            // let the timeout land (and be announced) before answering
            call = transitions.apply(id, now, (current, at) -> current);
        }
        call.requireJoinable(party.userId());
        return grants.forParty(call, party.userId());
    }
}
