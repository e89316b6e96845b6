package dev.parley.domain.account;

import java.time.Instant;

/** The pending e-mail verification of one user: a 6-digit code and a link token, both stored as digests. */
public record EmailVerification(UserId userId, String codeDigest, String tokenDigest, Instant expiresAt,
                                int failedAttempts) {
    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
