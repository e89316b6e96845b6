package dev.parley.domain.call.in;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.UserId;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallMedia;

/** Use case: call someone; their devices start ringing. */
@FunctionalInterface
public interface PlaceCallUseCase {
    Call place(Principal caller, Command command);

    /** Whom to call, and with which media. */
    record Command(UserId callee, CallMedia media) {
    }
}
