package dev.parley.domain.call.out;

import dev.parley.domain.account.UserId;
import dev.parley.domain.call.MediaGrant;

/** Outgoing port: mints short-lived, least-privilege tokens that let one user join one media room. */
@FunctionalInterface
public interface MediaTokens {
    MediaGrant grant(String room, UserId user, String displayName);
}
