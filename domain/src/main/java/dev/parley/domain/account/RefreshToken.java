package dev.parley.domain.account;

import java.time.Instant;

/** A stored refresh token (by digest). A token that was already rotated must never be honoured again. */
public record RefreshToken(String digest, SessionId sessionId, UserId userId, Instant expiresAt, Instant rotatedAt) {
    public boolean wasRotated() {
        return rotatedAt != null;
    }
}
