package dev.parley.domain.call.in;

import dev.parley.domain.account.Principal;
import dev.parley.domain.call.CallId;
import dev.parley.domain.call.MediaGrant;

/** Use case: a party of an active call gets a fresh media token (the caller after accept, or a rejoining side). */
@FunctionalInterface
public interface JoinCallUseCase {
    MediaGrant join(Principal party, CallId id);
}
