package dev.parley.application.people;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.Presence;
import dev.parley.domain.people.out.PresenceQuery;
import java.util.Collection;
import java.util.Map;

/** Presence placeholder until real-time presence lands: everyone is offline, last seen unknown. */
public final class OfflinePresence implements PresenceQuery {
    @Override
    public Map<UserId, Presence> presenceOf(Collection<UserId> users) {
        return Map.of();
    }
}
