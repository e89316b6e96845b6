package dev.parley.application.conversation.fakes;

import dev.parley.domain.account.DisplayName;
import dev.parley.domain.account.Email;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.Username;
import dev.parley.domain.account.out.UserRepository;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Fake: users in a map, with a helper that registers one by username. */
public final class InMemoryUserRepository implements UserRepository {
    private final Map<UserId, User> users = new ConcurrentHashMap<>();

    public User add(String username) {
        User user = User.register(new UserId(UUID.randomUUID()), new Email(username + "@example.com"),
                new Username(username), new DisplayName(username), "hash", Instant.EPOCH);
        insert(user);
        return user;
    }

    @Override
    public void insert(User user) {
        users.put(user.id(), user);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(users.get(id));
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
}
