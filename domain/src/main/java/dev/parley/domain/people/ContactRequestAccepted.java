package dev.parley.domain.people;

import dev.parley.domain.account.UserId;
import java.util.Set;

/** A contact request was accepted: both users are now contacts. */
public record ContactRequestAccepted(ContactRequest request) implements PeopleEvent {
    @Override
    public String type() {
        return "contact.request.accepted";
    }

    @Override
    public Set<UserId> audience() {
        return Set.of(request.from(), request.to());
    }
}
