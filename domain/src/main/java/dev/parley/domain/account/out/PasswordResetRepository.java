package dev.parley.domain.account.out;

import dev.parley.domain.account.UserId;
import java.time.Instant;
import java.util.Optional;

/** Outgoing port: single-use password-reset tokens, stored as digests. */
public interface PasswordResetRepository {
    void save(String tokenDigest, UserId userId, Instant expiresAt);

    /** Atomically uses the token; empty when unknown, expired or already used. */
    Optional<UserId> consume(String tokenDigest, Instant now);
}
