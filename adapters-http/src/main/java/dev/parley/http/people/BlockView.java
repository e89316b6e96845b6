package dev.parley.http.people;

import dev.parley.domain.people.RelatedUser;
import dev.parley.http.account.UserView;
import java.time.Instant;

/** A blocked user and when they were blocked. */
public record BlockView(String userId, UserView user, Instant createdAt) {
    public static BlockView from(RelatedUser blocked) {
        return new BlockView(blocked.user().id().toString(), UserView.from(blocked.user()), blocked.since());
    }
}
