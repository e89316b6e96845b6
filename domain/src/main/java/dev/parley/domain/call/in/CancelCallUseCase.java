package dev.parley.domain.call.in;

import dev.parley.domain.account.Principal;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallId;

/** Use case: the caller gives up while the call still rings. */
@FunctionalInterface
public interface CancelCallUseCase {
    Call cancel(Principal caller, CallId id);
}
