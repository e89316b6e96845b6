package dev.parley.application.people;

import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.Username;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.shared.ParleyException;

/** Looks up users that exist and are not deleted; anything else is {@code not_found}, the same answer everywhere. */
final class LiveUsers {
    private final UserRepository users;

    LiveUsers(UserRepository users) {
        this.users = users;
    }

    User byId(UserId id) {
        return users.findById(id).filter(user -> !user.isDeleted()).orElseThrow(() -> ParleyException.notFound("user"));
    }

    /** A malformed username cannot belong to anyone, so it is simply not found. */
    User byUsername(String raw) {
        Username username;
        try {
            username = new Username(raw);
        } catch (ParleyException malformed) {
            throw ParleyException.notFound("user");
        }
        return users.findByUsername(username).filter(user -> !user.isDeleted())
                .orElseThrow(() -> ParleyException.notFound("user"));
    }
}
