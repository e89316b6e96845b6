package dev.parley.http.people;

import dev.parley.domain.people.Presence;
import dev.parley.domain.people.in.ContactsUseCase.ContactEntry;
import dev.parley.http.account.UserView;
import java.time.Instant;

/** One contact: their public profile, since when, and presence (null when they hide it from you). */
public record ContactView(UserView user, Instant since, PresenceView presence) {
    public static ContactView from(ContactEntry entry) {
        Presence presence = entry.presence();
        return new ContactView(UserView.from(entry.contact().user()), entry.contact().since(),
                presence == null ? null : new PresenceView(presence.status(), presence.lastSeenAt()));
    }

    /** Presence on the wire. */
    public record PresenceView(String status, Instant lastSeenAt) {
    }
}
