package dev.parley.inmemory.people;

import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.Username;
import dev.parley.domain.people.out.BlockRepository;
import dev.parley.domain.people.out.UserSearch;
import dev.parley.inmemory.account.InMemoryUserRepository;
import java.util.Comparator;
import java.util.List;

/**
 * In-memory adapter: prefix search by scanning the users of an {@link InMemoryUserRepository}, with the database's
 * rules: username or folded display name starts with the prefix, no deleted users, no blocks either way, ordered
 * by username. A scan is fine for the sizes an in-memory core holds.
 */
public final class InMemoryUserSearch implements UserSearch {
    private final InMemoryUserRepository users;
    private final BlockRepository blocks;

    public InMemoryUserSearch(InMemoryUserRepository users, BlockRepository blocks) {
        this.users = users;
        this.blocks = blocks;
    }

    @Override
    public List<User> search(UserId caller, String normalisedPrefix, int limit) {
        return users.all().stream()
                .filter(user -> !user.isDeleted())
                .filter(user -> user.username().value().startsWith(normalisedPrefix)
                        || Username.normalise(user.displayName()).startsWith(normalisedPrefix))
                .filter(user -> !blocks.blockedEitherWay(caller, user.id()))
                .sorted(Comparator.comparing(user -> user.username().value()))
                .limit(limit)
                .toList();
    }
}
