package dev.parley.domain.people;

import dev.parley.domain.account.UserId;
import java.util.Set;

/** A contact request was declined by its recipient. */
public record ContactRequestDeclined(ContactRequest request) implements PeopleEvent {
    @Override
    public String type() {
        return "contact.request.declined";
    }

    @Override
    public Set<UserId> audience() {
        return Set.of(request.from(), request.to());
    }
}
