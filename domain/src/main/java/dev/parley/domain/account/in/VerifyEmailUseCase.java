package dev.parley.domain.account.in;

import dev.parley.domain.account.Principal;

/** Use case: prove ownership of the e-mail address by code (signed in) or by the mailed link token. */
public interface VerifyEmailUseCase {
    void verifyByCode(Principal principal, String code);

    void verifyByLinkToken(String token);

    /** Mails a fresh code and link (rate-limited). */
    void resend(Principal principal);
}
