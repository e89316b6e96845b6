package dev.parley.persistence.account;

import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.PasswordResetRepository;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.Timestamps;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Persistence adapter: single-use password-reset token digests. */
public final class JdbiPasswordResetRepository implements PasswordResetRepository {
    private final Database database;

    public JdbiPasswordResetRepository(Database database) {
        this.database = database;
    }

    @Override
    public void save(String tokenDigest, UserId userId, Instant expiresAt) {
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO password_resets (token_digest, user_id, expires_at)
                        VALUES (:digest, :userId, :expiresAt)""")
                .bind("digest", tokenDigest).bind("userId", userId.value())
                .bind("expiresAt", Timestamps.bind(expiresAt)).execute());
    }

    @Override
    public Optional<UserId> consume(String tokenDigest, Instant now) {
        return database.withHandle(handle -> handle.createQuery("""
                        UPDATE password_resets SET used_at = :now
                        WHERE token_digest = :digest AND used_at IS NULL AND expires_at > :now
                        RETURNING user_id""")
                .bind("digest", tokenDigest).bind("now", Timestamps.bind(now))
                .map((rs, ctx) -> new UserId(rs.getObject("user_id", UUID.class))).findOne());
    }
}
