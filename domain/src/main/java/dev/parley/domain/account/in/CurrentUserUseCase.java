package dev.parley.domain.account.in;

import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;

/** Use case: the caller's own account (private view). */
public interface CurrentUserUseCase {
    User me(UserId userId);
}
