package dev.parley.domain.people;

import dev.parley.domain.account.UserId;
import dev.parley.domain.shared.DomainEvent;
import java.util.Set;

/** Facts about contacts and blocks, each naming the users whose devices must hear of it. */
public sealed interface PeopleEvent extends DomainEvent
        permits ContactRequestReceived, ContactRequestAccepted, ContactRequestDeclined, ContactRemoved, UserBlocked {
    /** The client event type, e.g. {@code contact.request.received}. */
    String type();

    /** Users whose devices receive the event. */
    Set<UserId> audience();
}
