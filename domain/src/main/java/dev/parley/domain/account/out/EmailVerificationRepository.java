package dev.parley.domain.account.out;

import dev.parley.domain.account.EmailVerification;
import dev.parley.domain.account.UserId;
import java.util.Optional;

/** Outgoing port: the one pending e-mail verification per user. */
public interface EmailVerificationRepository {
    /** Replaces any pending verification of the user. */
    void save(EmailVerification verification);

    Optional<EmailVerification> findByUser(UserId userId);

    Optional<EmailVerification> findByTokenDigest(String tokenDigest);

    /** Counts one wrong code and returns the new count. */
    int recordFailedAttempt(UserId userId);

    void delete(UserId userId);
}
