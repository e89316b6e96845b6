package dev.parley.domain.people;

import dev.parley.domain.account.UserId;
import java.util.Set;

/** Two users stopped being contacts (removal, block or account deletion). */
public record ContactRemoved(UserId by, UserId other) implements PeopleEvent {
    @Override
    public String type() {
        return "contact.removed";
    }

    @Override
    public Set<UserId> audience() {
        return Set.of(by, other);
    }
}
