package dev.parley.domain.people;

import dev.parley.domain.account.UserId;
import java.util.Set;

/** A user blocked another; only the blocker's devices hear of it (the blocked user is never told). */
public record UserBlocked(UserId blocker, UserId blocked) implements PeopleEvent {
    @Override
    public String type() {
        return "user.blocked";
    }

    @Override
    public Set<UserId> audience() {
        return Set.of(blocker);
    }
}
