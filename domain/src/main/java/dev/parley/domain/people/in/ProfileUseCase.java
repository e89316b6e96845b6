package dev.parley.domain.people.in;

import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import java.util.List;

/** Use cases: view someone's profile, edit your own (profile and privacy), search users. */
public interface ProfileUseCase {
    /**
     * Partial update: null fields stay unchanged; an empty bio clears it; {@code avatarFileId} names an image the
     * caller uploaded, and {@link #CLEAR_AVATAR} (the wire's explicit {@code null}) removes the avatar.
     */
    record UpdateCommand(String displayName, String username, String avatarFileId, String bio,
                         String whoCanMessage, String whoCanCall, String presenceVisibleTo,
                         Boolean shareReadReceipts) {
    }

    /** The {@code avatarFileId} that clears the avatar. */
    String CLEAR_AVATAR = "";

    /** A live user; deleted or unknown users are {@code not_found}. */
    User view(UserId target);

    User update(UserId caller, UpdateCommand command);

    /** Up to {@code limit} users whose username or display name starts with {@code query}. */
    List<User> search(UserId caller, String query, int limit);
}
