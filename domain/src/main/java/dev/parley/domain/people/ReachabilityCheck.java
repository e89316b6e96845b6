package dev.parley.domain.people;

import dev.parley.domain.account.UserId;

/**
 * The one question every feature asks before one user reaches another: may {@code from} reach
 * {@code to} over this channel, given blocks (either direction), contacts and {@code to}'s privacy
 * settings? Conversations, calls, contact requests and presence all go through it.
 */
public interface ReachabilityCheck {
    /** The ways one user can reach another. */
    enum Channel { MESSAGE, CALL, ADD_TO_GROUP, CONTACT_REQUEST, PRESENCE }

    /** Rejects with {@code blocked} or {@code privacy_restricted} (403) when {@code from} may not reach {@code to}. */
    void require(UserId from, UserId to, Channel channel);

    /** The same decision as a boolean, for filtering (presence, search). */
    boolean allows(UserId from, UserId to, Channel channel);
}
