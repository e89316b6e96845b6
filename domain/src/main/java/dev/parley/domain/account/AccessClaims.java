package dev.parley.domain.account;

import java.time.Instant;

/** What a verified access token says. */
public record AccessClaims(UserId userId, SessionId sessionId, Instant expiresAt) {
}
