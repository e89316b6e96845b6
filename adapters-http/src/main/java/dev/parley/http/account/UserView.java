package dev.parley.http.account;

import dev.parley.domain.account.User;
import java.time.Instant;

/** The public view of a user: what anyone may see. Never includes the e-mail address. */
public record UserView(String id, String username, String displayName, String avatarUrl, Instant createdAt) {
    public static UserView from(User user) {
        return new UserView(user.id().toString(), user.username().value(), user.displayName(), user.avatarUrl(),
                user.createdAt());
    }
}
