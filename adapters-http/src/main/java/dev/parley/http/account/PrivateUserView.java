package dev.parley.http.account;

import dev.parley.domain.account.Privacy;
import dev.parley.domain.account.User;
import java.time.Instant;

/** The account owner's view of themselves. */
public record PrivateUserView(String id, String username, String displayName, String avatarUrl, String bio,
                              Instant createdAt, String email, boolean emailVerified, PrivacyView privacy) {
    public static PrivateUserView from(User user) {
        return new PrivateUserView(user.id().toString(), user.username().value(), user.displayName(),
                user.avatarUrl(), user.bio(), user.createdAt(), user.email() == null ? null : user.email().value(),
                user.emailVerified(), PrivacyView.from(user.privacy()));
    }

    /** Privacy settings on the wire. */
    public record PrivacyView(String whoCanMessage, String whoCanCall, String presenceVisibleTo,
                              boolean shareReadReceipts) {
        static PrivacyView from(Privacy privacy) {
            return new PrivacyView(privacy.whoCanMessage().wire(), privacy.whoCanCall().wire(),
                    privacy.presenceVisibleTo().wire(), privacy.shareReadReceipts());
        }
    }
}
