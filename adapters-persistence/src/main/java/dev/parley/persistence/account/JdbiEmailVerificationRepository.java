package dev.parley.persistence.account;

import dev.parley.domain.account.EmailVerification;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.EmailVerificationRepository;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** Persistence adapter: pending e-mail verifications (digests only). */
public final class JdbiEmailVerificationRepository implements EmailVerificationRepository {
    private final Database database;

    public JdbiEmailVerificationRepository(Database database) {
        this.database = database;
    }

    @Override
    public void save(EmailVerification verification) {
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO email_verifications (user_id, code_digest, token_digest, expires_at, failed_attempts)
                        VALUES (:userId, :codeDigest, :tokenDigest, :expiresAt, :failedAttempts)
                        ON CONFLICT (user_id) DO UPDATE SET code_digest = EXCLUDED.code_digest,
                            token_digest = EXCLUDED.token_digest, expires_at = EXCLUDED.expires_at,
                            failed_attempts = EXCLUDED.failed_attempts""")
                .bind("userId", verification.userId().value())
                .bind("codeDigest", verification.codeDigest())
                .bind("tokenDigest", verification.tokenDigest())
                .bind("expiresAt", Timestamps.bind(verification.expiresAt()))
                .bind("failedAttempts", verification.failedAttempts())
                .execute());
    }

    @Override
    public Optional<EmailVerification> findByUser(UserId userId) {
        return findBy("user_id", userId.value());
    }

    @Override
    public Optional<EmailVerification> findByTokenDigest(String tokenDigest) {
        return findBy("token_digest", tokenDigest);
    }

    @Override
    public int recordFailedAttempt(UserId userId) {
        return database.withHandle(handle -> handle.createQuery("""
                        UPDATE email_verifications SET failed_attempts = failed_attempts + 1
                        WHERE user_id = :userId RETURNING failed_attempts""")
                .bind("userId", userId.value()).mapTo(Integer.class).findOne().orElse(0));
    }

    @Override
    public void delete(UserId userId) {
        database.useHandle(handle -> handle.createUpdate("DELETE FROM email_verifications WHERE user_id = :userId")
                .bind("userId", userId.value()).execute());
    }

    private Optional<EmailVerification> findBy(String column, Object value) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM email_verifications WHERE " + column + " = :value FOR UPDATE")
                .bind("value", value).map((rs, ctx) -> toVerification(rs)).findOne());
    }

    private static EmailVerification toVerification(ResultSet rs) throws SQLException {
        return new EmailVerification(new UserId(rs.getObject("user_id", UUID.class)), rs.getString("code_digest"),
                rs.getString("token_digest"), Timestamps.read(rs, "expires_at"), rs.getInt("failed_attempts"));
    }
}
