package dev.parley.domain.realtime.out;

import dev.parley.domain.account.UserId;
import java.util.Set;

/** Outgoing port: who may see a user's presence changes (contacts and conversation peers, as privacy allows). */
@FunctionalInterface
public interface PresenceWatchers {
    Set<UserId> watchersOf(UserId userId);

    /** Until contacts and conversations exist: nobody else. */
    static PresenceWatchers nobody() {
        return userId -> Set.of();
    }
}
