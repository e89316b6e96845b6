package dev.parley.domain.account;

import java.time.Instant;
import java.util.Objects;

/** A user account. Deleted accounts stay (anonymised) so their messages keep an author. */
public record User(
        UserId id,
        Email email,
        boolean emailVerified,
        Username username,
        String displayName,
        String avatarUrl,
        String bio,
        Privacy privacy,
        String passwordHash,
        Instant createdAt,
        Instant deletedAt) {

    public User {
        Objects.requireNonNull(id);
        Objects.requireNonNull(username);
        Objects.requireNonNull(displayName);
        Objects.requireNonNull(privacy);
        Objects.requireNonNull(createdAt);
    }

    public static User register(UserId id, Email email, Username username, DisplayName displayName,
                                String passwordHash, Instant at) {
        return new User(id, email, false, username, displayName.value(), null, null, Privacy.DEFAULTS,
                passwordHash, at, null);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public User withPasswordHash(String newHash) {
        return new User(id, email, emailVerified, username, displayName, avatarUrl, bio, privacy, newHash,
                createdAt, deletedAt);
    }

    public User verified() {
        return new User(id, email, true, username, displayName, avatarUrl, bio, privacy, passwordHash,
                createdAt, deletedAt);
    }
}
