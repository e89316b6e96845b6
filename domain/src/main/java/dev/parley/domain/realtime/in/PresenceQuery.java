package dev.parley.domain.realtime.in;

import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.Presence;

/** Query: a user's current presence, for any feature that shows it (profiles, contact lists). */
@FunctionalInterface
public interface PresenceQuery {
    Presence presenceOf(UserId userId);
}
