package dev.parley.domain.account.out;

import dev.parley.domain.account.Email;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.Username;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Outgoing port: where user accounts live. */
public interface UserRepository {
    /** Stores a new user; rejects with {@code email_taken} or {@code username_taken}. */
    void insert(User user);

    Optional<User> findById(UserId id);

    /** The users among {@code ids} that exist (deleted ones included), in no particular order. */
    List<User> findAllById(Collection<UserId> ids);

    Optional<User> findByEmail(Email email);

    Optional<User> findByUsername(Username username);

    void updatePasswordHash(UserId id, String passwordHash);

    void markEmailVerified(UserId id);

    /** Saves every mutable field (profile, privacy, e-mail, deletion); rejects a taken username with {@code username_taken}. */
    void update(User user);
}
