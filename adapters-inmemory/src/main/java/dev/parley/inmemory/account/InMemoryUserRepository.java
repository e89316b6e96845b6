package dev.parley.inmemory.account;

import dev.parley.domain.account.DisplayName;
import dev.parley.domain.account.Email;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.Username;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.ParleyException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * In-memory adapter: users in a map with the database's uniqueness rules, one lock. Not final: tests extend it to
 * count reads.
 */
public class InMemoryUserRepository implements UserRepository {
    private final Map<UserId, User> users = new LinkedHashMap<>();

    /** Registers a user with this username (and {@code username@example.com}) for tests that need someone. */
    public User add(String username) {
        User user = User.register(new UserId(Ids.newId(Instant.EPOCH)), new Email(username + "@example.com"),
                new Username(username), new DisplayName(username), "hash", Instant.EPOCH);
        insert(user);
        return user;
    }

    @Override
    public synchronized void insert(User user) {
        for (User existing : users.values()) {
            if (user.email() != null && user.email().equals(existing.email())) {
                throw new ParleyException(ErrorCode.EMAIL_TAKEN, "this e-mail address is already registered");
            }
            if (existing.username().equals(user.username())) {
                throw new ParleyException(ErrorCode.USERNAME_TAKEN, "this username is taken");
            }
        }
        users.put(user.id(), user);
    }

    @Override
    public synchronized Optional<User> findById(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public synchronized Optional<User> findByEmail(Email email) {
        return users.values().stream().filter(user -> Objects.equals(user.email(), email)).findFirst();
    }

    @Override
    public synchronized Optional<User> findByUsername(Username username) {
        return users.values().stream().filter(user -> user.username().equals(username)).findFirst();
    }

    @Override
    public synchronized void updatePasswordHash(UserId id, String passwordHash) {
        users.computeIfPresent(id, (key, user) -> user.withPasswordHash(passwordHash));
    }

    @Override
    public synchronized List<User> findAllById(Collection<UserId> ids) {
        return ids.stream().distinct().map(users::get).filter(Objects::nonNull).toList();
    }

    @Override
    public synchronized void update(User user) {
        users.put(user.id(), user);
    }

    /** Every stored user, deleted ones included, in insertion order (what the in-memory user search scans). */
    public synchronized List<User> all() {
        return List.copyOf(users.values());
    }

    @Override
    public synchronized void markEmailVerified(UserId id) {
        users.computeIfPresent(id, (key, user) -> user.verified());
    }
}
