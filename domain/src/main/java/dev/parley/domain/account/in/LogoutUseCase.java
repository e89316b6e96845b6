package dev.parley.domain.account.in;

import dev.parley.domain.account.Principal;

/** Use case: end this session, or every session of the caller. */
public interface LogoutUseCase {
    void logout(Principal principal, boolean everySession);
}
