package dev.parley.domain.people.out;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.RelatedUser;
import java.time.Instant;
import java.util.List;

/** Outgoing port: who blocked whom. */
public interface BlockRepository {
    /** Records the block; false when it already existed. */
    boolean add(UserId blocker, UserId blocked, Instant at);

    /** False when there was no such block. */
    boolean remove(UserId blocker, UserId blocked);

    boolean blockedEitherWay(UserId a, UserId b);

    /** The users {@code blocker} blocked, ordered by their id, after {@code after} (null = from the start). */
    List<RelatedUser> list(UserId blocker, UserId after, int limit);

    /** Removes every block made by or against {@code user}. */
    void removeAllInvolving(UserId user);
}
