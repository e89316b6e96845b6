package dev.parley.domain.people;

import dev.parley.domain.account.UserId;
import java.util.Set;

/** A contact request was sent; the recipient (and the sender's other devices) hear of it. */
public record ContactRequestReceived(ContactRequest request) implements PeopleEvent {
    @Override
    public String type() {
        return "contact.request.received";
    }

    @Override
    public Set<UserId> audience() {
        return Set.of(request.from(), request.to());
    }
}
