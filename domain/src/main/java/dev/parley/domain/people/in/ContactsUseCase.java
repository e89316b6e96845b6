package dev.parley.domain.people.in;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.Presence;
import dev.parley.domain.people.RelatedUser;
import dev.parley.domain.shared.Page;

/** Use cases: list your contacts (with presence where they let you see it) and remove one. */
public interface ContactsUseCase {
    /** A contact and their presence, null when their settings hide it from you. */
    record ContactEntry(RelatedUser contact, Presence presence) {
    }

    Page<ContactEntry> list(UserId caller, String cursor, int limit);

    void remove(UserId caller, UserId contact);
}
