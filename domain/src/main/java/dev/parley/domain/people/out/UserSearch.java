package dev.parley.domain.people.out;

import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import java.util.List;

/** Outgoing port: finds users by username or display-name prefix, without deleted users or blocks either way. */
@FunctionalInterface
public interface UserSearch {
    /** {@code normalisedPrefix} is already folded like {@code Username.normalise}. */
    List<User> search(UserId caller, String normalisedPrefix, int limit);
}
