package dev.parley.application.people;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.Presence;
import dev.parley.domain.people.out.PresenceQuery;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * People's presence port answered by the real-time feature's presence (leases and stored last-seen), so
 * contact lists and {@code presence} events share one source of truth. Visibility is decided by the
 * caller (the reachability policy); this only reports the facts.
 */
public final class LivePresence implements PresenceQuery {
    private final dev.parley.domain.realtime.in.PresenceQuery realtime;

    public LivePresence(dev.parley.domain.realtime.in.PresenceQuery realtime) {
        this.realtime = realtime;
    }

    @Override
    public Map<UserId, Presence> presenceOf(Collection<UserId> users) {
        Map<UserId, Presence> known = new LinkedHashMap<>();
        for (UserId user : users) {
            dev.parley.domain.realtime.Presence live = realtime.presenceOf(user);
            known.put(user, new Presence(live.status().wire(), live.lastSeenAt().orElse(null)));
        }
        return known;
    }
}
