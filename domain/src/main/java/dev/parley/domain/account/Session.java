package dev.parley.domain.account;

import java.time.Instant;

/** One signed-in device: the holder of a rotating refresh-token family. */
public record Session(SessionId id, UserId userId, String userAgent, String ip, Instant createdAt,
                      Instant lastUsedAt, Instant revokedAt) {
    public boolean isActive() {
        return revokedAt == null;
    }
}
