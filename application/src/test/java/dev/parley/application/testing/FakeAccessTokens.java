package dev.parley.application.testing;

import dev.parley.domain.account.AccessClaims;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.AccessTokens;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Readable unsigned tokens {@code user|session|expiresAtMillis} with the same expiry rules as JWTs. */
public final class FakeAccessTokens implements AccessTokens {
    private static final Duration TTL = Duration.ofMinutes(15);

    @Override
    public String issue(UserId userId, SessionId sessionId, Instant now) {
        return userId + "|" + sessionId + "|" + now.plus(TTL).toEpochMilli();
    }

    @Override
    public AccessClaims verify(String token, Instant now) {
        String[] parts = token.split("\\|");
        if (parts.length != 3) {
            throw ParleyException.unauthorized("the access token is invalid");
        }
        Instant expiresAt = Instant.ofEpochMilli(Long.parseLong(parts[2]));
        if (!now.isBefore(expiresAt)) {
            throw new ParleyException(ErrorCode.TOKEN_EXPIRED, "expired");
        }
        return new AccessClaims(new UserId(UUID.fromString(parts[0])), new SessionId(UUID.fromString(parts[1])), expiresAt);
    }

    @Override
    public Duration timeToLive() {
        return TTL;
    }
}
