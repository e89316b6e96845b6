package dev.parley.domain.people.in;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.RelatedUser;
import dev.parley.domain.shared.Page;

/** Use cases: block, unblock and list blocked users. */
public interface BlocksUseCase {
    RelatedUser block(UserId caller, UserId target);

    void unblock(UserId caller, UserId target);

    Page<RelatedUser> list(UserId caller, String cursor, int limit);
}
