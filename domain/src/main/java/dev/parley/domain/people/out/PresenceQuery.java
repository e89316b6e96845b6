package dev.parley.domain.people.out;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.Presence;
import java.util.Collection;
import java.util.Map;

/** Outgoing port: the current presence of users (answered by the real-time feature). */
@FunctionalInterface
public interface PresenceQuery {
    /** Presence of each of {@code users}; a missing entry means offline. */
    Map<UserId, Presence> presenceOf(Collection<UserId> users);
}
