package dev.parley.domain.account.in;

import dev.parley.domain.account.Principal;

/** Use case: forgotten-password reset by mailed token, and change with the current password. */
public interface PasswordUseCase {
    /** Always succeeds from the caller's view, so accounts cannot be enumerated. */
    void forgot(String email);

    void reset(String token, String newPassword);

    void change(Principal principal, String currentPassword, String newPassword);
}
