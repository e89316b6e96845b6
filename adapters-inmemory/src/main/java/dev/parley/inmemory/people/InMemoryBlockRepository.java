package dev.parley.inmemory.people;

import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.people.RelatedUser;
import dev.parley.domain.people.out.BlockRepository;
import dev.parley.inmemory.account.InMemoryUserRepository;
import dev.parley.inmemory.shared.UuidOrder;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** In-memory adapter, thread-safe: lists the blocked users it finds in {@code users}, ordered as PostgreSQL does. */
public final class InMemoryBlockRepository implements BlockRepository {
    private record Block(UserId blocker, UserId blocked) {
    }

    private final Map<Block, Instant> blocks = new LinkedHashMap<>();
    private final UserRepository users;

    public InMemoryBlockRepository() {
        this(new InMemoryUserRepository());
    }

    public InMemoryBlockRepository(UserRepository users) {
        this.users = users;
    }

    @Override
    public synchronized boolean add(UserId blocker, UserId blocked, Instant at) {
        return blocks.putIfAbsent(new Block(blocker, blocked), at) == null;
    }

    @Override
    public synchronized boolean remove(UserId blocker, UserId blocked) {
        return blocks.remove(new Block(blocker, blocked)) != null;
    }

    @Override
    public synchronized boolean blockedEitherWay(UserId a, UserId b) {
        return blocks.containsKey(new Block(a, b)) || blocks.containsKey(new Block(b, a));
    }

    @Override
    public synchronized List<RelatedUser> list(UserId blocker, UserId after, int limit) {
        return blocks.entrySet().stream()
                .filter(entry -> entry.getKey().blocker().equals(blocker))
                .filter(entry -> after == null
                        || UuidOrder.UNSIGNED.compare(entry.getKey().blocked().value(), after.value()) > 0)
                .sorted(Comparator.comparing(entry -> entry.getKey().blocked().value(), UuidOrder.UNSIGNED))
                .limit(limit)
                .map(entry -> new RelatedUser(users.findById(entry.getKey().blocked()).orElseThrow(), entry.getValue()))
                .toList();
    }

    @Override
    public synchronized void removeAllInvolving(UserId user) {
        blocks.keySet().removeIf(block -> block.blocker().equals(user) || block.blocked().equals(user));
    }
}
