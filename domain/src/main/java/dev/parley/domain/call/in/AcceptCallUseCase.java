package dev.parley.domain.call.in;

import dev.parley.domain.account.Principal;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallId;
import dev.parley.domain.call.MediaGrant;

/** Use case: the callee answers on one device; that device gets its media token at once. */
@FunctionalInterface
public interface AcceptCallUseCase {
    Accepted accept(Principal callee, CallId id);

    /** The answered call and the callee's way into the media room. */
    record Accepted(Call call, MediaGrant grant) {
    }
}
