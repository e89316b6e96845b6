package dev.parley.domain.call.in;

import dev.parley.domain.account.Principal;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallId;

/** Use case: either party hangs up an answered call. */
@FunctionalInterface
public interface EndCallUseCase {
    Call end(Principal party, CallId id);
}
