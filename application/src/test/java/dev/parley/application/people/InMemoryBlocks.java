package dev.parley.application.people;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.RelatedUser;
import dev.parley.domain.people.out.BlockRepository;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Fake block repository for application tests (listing is not needed there). */
public final class InMemoryBlocks implements BlockRepository {
    private final Set<List<UserId>> blocks = new HashSet<>();

    @Override
    public boolean add(UserId blocker, UserId blocked, Instant at) {
        return blocks.add(List.of(blocker, blocked));
    }

    @Override
    public boolean remove(UserId blocker, UserId blocked) {
        return blocks.remove(List.of(blocker, blocked));
    }

    @Override
    public boolean blockedEitherWay(UserId a, UserId b) {
        return blocks.contains(List.of(a, b)) || blocks.contains(List.of(b, a));
    }

    @Override
    public List<RelatedUser> list(UserId blocker, UserId after, int limit) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void removeAllInvolving(UserId user) {
        blocks.removeIf(pair -> pair.contains(user));
    }
}
