package dev.parley.application.people;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.RelatedUser;
import dev.parley.domain.people.out.ContactRepository;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Fake contact repository for application tests (listing is not needed there). */
public final class InMemoryContacts implements ContactRepository {
    private final Set<Set<UserId>> pairs = new HashSet<>();

    @Override
    public void add(UserId a, UserId b, Instant at) {
        pairs.add(Set.of(a, b));
    }

    @Override
    public boolean remove(UserId a, UserId b) {
        return pairs.remove(Set.of(a, b));
    }

    @Override
    public boolean areContacts(UserId a, UserId b) {
        return pairs.contains(Set.of(a, b));
    }

    @Override
    public List<RelatedUser> list(UserId owner, UserId after, int limit) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public List<UserId> removeAll(UserId user) {
        List<UserId> others = pairs.stream().filter(pair -> pair.contains(user))
                .flatMap(Set::stream).filter(other -> !other.equals(user)).toList();
        pairs.removeIf(pair -> pair.contains(user));
        return others;
    }
}
