package dev.parley.inmemory.people;

import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.people.RelatedUser;
import dev.parley.domain.people.out.ContactRepository;
import dev.parley.inmemory.account.InMemoryUserRepository;
import dev.parley.inmemory.shared.UuidOrder;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** In-memory adapter, thread-safe: lists the contacts it finds in {@code users}, ordered as PostgreSQL does. */
public final class InMemoryContactRepository implements ContactRepository {
    private final Map<Set<UserId>, Instant> pairs = new LinkedHashMap<>();
    private final UserRepository users;

    public InMemoryContactRepository() {
        this(new InMemoryUserRepository());
    }

    public InMemoryContactRepository(UserRepository users) {
        this.users = users;
    }

    @Override
    public synchronized void add(UserId a, UserId b, Instant at) {
        pairs.putIfAbsent(Set.of(a, b), at);
    }

    @Override
    public synchronized boolean remove(UserId a, UserId b) {
        return pairs.remove(Set.of(a, b)) != null;
    }

    @Override
    public synchronized boolean areContacts(UserId a, UserId b) {
        return pairs.containsKey(Set.of(a, b));
    }

    @Override
    public synchronized List<RelatedUser> list(UserId owner, UserId after, int limit) {
        return pairs.entrySet().stream()
                .filter(entry -> entry.getKey().contains(owner))
                .map(entry -> Map.entry(other(entry.getKey(), owner), entry.getValue()))
                .filter(entry -> after == null || UuidOrder.UNSIGNED.compare(entry.getKey().value(), after.value()) > 0)
                .sorted(Comparator.comparing(entry -> entry.getKey().value(), UuidOrder.UNSIGNED))
                .limit(limit)
                .map(entry -> new RelatedUser(users.findById(entry.getKey()).orElseThrow(), entry.getValue()))
                .toList();
    }

    @Override
    public synchronized List<UserId> removeAll(UserId user) {
        List<UserId> others = pairs.keySet().stream().filter(pair -> pair.contains(user))
                .map(pair -> other(pair, user)).toList();
        pairs.keySet().removeIf(pair -> pair.contains(user));
        return others;
    }

    private static UserId other(Set<UserId> pair, UserId one) {
        return pair.stream().filter(user -> !user.equals(one)).findFirst().orElse(one);
    }
}
