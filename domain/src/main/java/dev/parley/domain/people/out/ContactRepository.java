package dev.parley.domain.people.out;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.RelatedUser;
import java.time.Instant;
import java.util.List;

/** Outgoing port: who is whose contact (always symmetric). */
public interface ContactRepository {
    /** Makes the two users contacts of each other; does nothing if they already are. */
    void add(UserId a, UserId b, Instant at);

    /** Removes the contact in both directions; false when they were not contacts. */
    boolean remove(UserId a, UserId b);

    boolean areContacts(UserId a, UserId b);

    /** {@code owner}'s contacts ordered by contact id, after {@code after} (null = from the start). */
    List<RelatedUser> list(UserId owner, UserId after, int limit);

    /** Removes every contact of {@code user}; returns who they were. */
    List<UserId> removeAll(UserId user);
}
