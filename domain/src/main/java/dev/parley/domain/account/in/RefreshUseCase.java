package dev.parley.domain.account.in;

import dev.parley.domain.account.AuthTokens;
import dev.parley.domain.account.DeviceInfo;

/** Use case: trade a refresh token for a new pair; a reused token revokes its whole session. */
public interface RefreshUseCase {
    AuthTokens refresh(String refreshToken, DeviceInfo device);
}
