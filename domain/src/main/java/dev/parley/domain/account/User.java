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

    public static final String DELETED_NAME = "Deleted user";

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

    /** The profile fields a user edits themselves. */
    public User withProfile(Username newUsername, String newDisplayName, String newAvatarUrl, String newBio) {
        return new User(id, email, emailVerified, newUsername, newDisplayName, newAvatarUrl, newBio, privacy,
                passwordHash, createdAt, deletedAt);
    }

    public User withPrivacy(Privacy newPrivacy) {
        return new User(id, email, emailVerified, username, displayName, avatarUrl, bio, newPrivacy, passwordHash,
                createdAt, deletedAt);
    }

    /**
     * The account after deletion: e-mail freed for re-registration, profile anonymised, no password
     * (nothing verifies against an empty hash), unreachable by anyone. Messages keep this author.
     */
    public User anonymised(Instant at) {
        Privacy unreachable = new Privacy(Reach.NOBODY, Reach.NOBODY, Reach.NOBODY, false);
        return new User(id, null, false, Username.anonymised(id), DELETED_NAME, null, null, unreachable, "",
                createdAt, at);
    }

    public User verified() {
        return new User(id, email, true, username, displayName, avatarUrl, bio, privacy, passwordHash,
                createdAt, deletedAt);
    }
}
