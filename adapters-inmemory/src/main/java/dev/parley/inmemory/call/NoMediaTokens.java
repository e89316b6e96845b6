package dev.parley.inmemory.call;

import dev.parley.domain.account.UserId;
import dev.parley.domain.call.MediaGrant;
import dev.parley.domain.call.out.MediaTokens;

/**
 * Adapter for a core without a media server: grants that name the room but carry an empty URL and token, so the
 * call's signalling works end to end while no client can (or tries to) join any media.
 */
public final class NoMediaTokens implements MediaTokens {
    @Override
    public MediaGrant grant(String room, UserId user, String displayName) {
        return new MediaGrant(NoMediaServer.URL, room, "");
    }
}
