package dev.parley.domain.call.in;

import dev.parley.domain.account.Principal;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallId;

/** Use case: the callee refuses a ringing call. */
@FunctionalInterface
public interface DeclineCallUseCase {
    Call decline(Principal callee, CallId id);
}
