package dev.parley.inmemory.account;

import dev.parley.domain.account.EmailVerification;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.EmailVerificationRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** In-memory adapter: pending e-mail verifications by user, one lock. */
public final class InMemoryEmailVerificationRepository implements EmailVerificationRepository {
    private final Map<UserId, EmailVerification> byUser = new HashMap<>();

    @Override
    public synchronized void save(EmailVerification verification) {
        byUser.put(verification.userId(), verification);
    }

    @Override
    public synchronized Optional<EmailVerification> findByUser(UserId userId) {
        return Optional.ofNullable(byUser.get(userId));
    }

    @Override
    public synchronized Optional<EmailVerification> findByTokenDigest(String tokenDigest) {
        return byUser.values().stream().filter(v -> v.tokenDigest().equals(tokenDigest)).findFirst();
    }

    @Override
    public synchronized int recordFailedAttempt(UserId userId) {
        EmailVerification current = byUser.get(userId);
        if (current == null) {
            return 0;
        }
        EmailVerification next = new EmailVerification(userId, current.codeDigest(), current.tokenDigest(),
                current.expiresAt(), current.failedAttempts() + 1);
        byUser.put(userId, next);
        return next.failedAttempts();
    }

    @Override
    public synchronized void delete(UserId userId) {
        byUser.remove(userId);
    }
}
