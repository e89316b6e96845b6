package dev.parley.domain.realtime.in;

import dev.parley.domain.account.UserId;

/** Use case: the gateway reports each user's first socket opening and last socket closing on this node. */
public interface TrackPresenceUseCase {
    void connected(UserId userId);

    /** The user's last socket on this node closed; the user goes offline after a short grace unless back. */
    void disconnected(UserId userId);
}
