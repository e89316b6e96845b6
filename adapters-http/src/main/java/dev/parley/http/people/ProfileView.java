package dev.parley.http.people;

import dev.parley.domain.account.User;
import java.time.Instant;

/** A user's public profile: the public user view plus the bio. Never includes the e-mail or privacy settings. */
public record ProfileView(String id, String username, String displayName, String avatarUrl, String bio,
                          Instant createdAt) {
    public static ProfileView from(User user) {
        return new ProfileView(user.id().toString(), user.username().value(), user.displayName(), user.avatarUrl(),
                user.bio(), user.createdAt());
    }
}
