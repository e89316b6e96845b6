package dev.parley.application.people;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.ContactRemoved;
import dev.parley.domain.people.Presence;
import dev.parley.domain.people.ReachabilityCheck.Channel;
import dev.parley.domain.people.ReachabilityPolicy;
import dev.parley.domain.people.RelatedUser;
import dev.parley.domain.people.Relationship;
import dev.parley.domain.people.in.ContactsUseCase;
import dev.parley.domain.people.out.ContactRepository;
import dev.parley.domain.people.out.PresenceQuery;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.Page;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Transactions;
import java.util.List;
import java.util.Map;

/** Contacts: listing them with presence where each contact's settings allow it, and removing one. */
public final class ContactsService implements ContactsUseCase {
    private final ContactRepository contacts;
    private final PresenceQuery presence;
    private final Transactions transactions;
    private final EventPublisher events;

    public ContactsService(ContactRepository contacts, PresenceQuery presence, Transactions transactions,
                           EventPublisher events) {
        this.contacts = contacts;
        this.presence = presence;
        this.transactions = transactions;
        this.events = events;
    }

    @Override
    public Page<ContactEntry> list(UserId caller, String cursor, int limit) {
        var after = Cursors.parse(cursor);
        List<RelatedUser> fetched = contacts.list(caller, after == null ? null : new UserId(after), limit + 1);
        Page<RelatedUser> page = Cursors.page(fetched, limit, related -> related.user().id().value());
        Map<UserId, Presence> known = presence.presenceOf(page.items().stream().map(related -> related.user().id()).toList());
        // A listed contact is a contact (a block removes the contact), so the policy needs no extra look-ups here.
        return page.map(related -> new ContactEntry(related,
                ReachabilityPolicy.decide(Relationship.CONTACTS, related.user().privacy(), Channel.PRESENCE).allowed()
                        ? known.getOrDefault(related.user().id(), Presence.OFFLINE) : null));
    }

    @Override
    public void remove(UserId caller, UserId contact) {
        boolean removed = transactions.inTransaction(() -> contacts.remove(caller, contact));
        if (!removed) {
            throw ParleyException.notFound("contact");
        }
        events.publish(new ContactRemoved(caller, contact));
    }
}
