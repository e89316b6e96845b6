package dev.parley.application.account;

import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.in.CurrentUserUseCase;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.shared.ParleyException;

/** Reads the caller's own account. */
public final class CurrentUserService implements CurrentUserUseCase {
    private final UserRepository users;

    public CurrentUserService(UserRepository users) {
        this.users = users;
    }

    @Override
    public User me(UserId userId) {
        return users.findById(userId).filter(user -> !user.isDeleted())
                .orElseThrow(() -> ParleyException.notFound("user"));
    }
}
