package dev.parley.application.people;

import dev.parley.domain.account.Email;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.Username;
import dev.parley.domain.account.out.UserRepository;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Fake user repository for application tests. */
public final class InMemoryUsers implements UserRepository {
    private final Map<UserId, User> users = new LinkedHashMap<>();

    @Override
    public void insert(User user) {
        users.put(user.id(), user);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public List<User> findAllById(Collection<UserId> ids) {
        return ids.stream().distinct().map(users::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        return users.values().stream().filter(user -> email.equals(user.email())).findFirst();
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return users.values().stream().filter(user -> user.username().equals(username)).findFirst();
    }

    @Override
    public void updatePasswordHash(UserId id, String passwordHash) {
        users.computeIfPresent(id, (key, user) -> user.withPasswordHash(passwordHash));
    }

    @Override
    public void markEmailVerified(UserId id) {
        users.computeIfPresent(id, (key, user) -> user.verified());
    }

    @Override
    public void update(User user) {
        users.put(user.id(), user);
    }
}
