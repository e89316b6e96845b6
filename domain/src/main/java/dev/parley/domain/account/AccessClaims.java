package dev.parley.domain.account;

import java.time.Instant;
import java.util.Objects;

/** What a verified access token says: every part is required. */
public record AccessClaims(UserId userId, SessionId sessionId, Instant expiresAt) {
    public AccessClaims {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
