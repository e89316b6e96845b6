package dev.parley.domain.account.in;

import dev.parley.domain.account.Principal;

/** Use case: turn an access token into the caller, refusing tokens of revoked sessions. */
public interface AuthenticateUseCase {
    Principal authenticate(String accessToken);
}
