package dev.parley.application.account;

import dev.parley.domain.account.EmailVerification;
import dev.parley.domain.account.Principal;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.in.VerifyEmailUseCase;
import dev.parley.domain.account.out.EmailVerificationRepository;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.RateLimiter;
import dev.parley.domain.shared.Secrets;
import dev.parley.domain.shared.Transactions;
import dev.parley.domain.shared.Validation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Verifies e-mail ownership. Codes are single-use, expire, and die after too many wrong guesses;
 * a wrong guess is counted (committed) before the caller hears "invalid".
 */
public final class EmailVerificationService implements VerifyEmailUseCase {
    private final UserRepository users;
    private final EmailVerificationRepository verifications;
    private final VerificationMailer mailer;
    private final RateLimiter rateLimiter;
    private final AccountSettings settings;
    private final Transactions transactions;
    private final Clock clock;

    public EmailVerificationService(UserRepository users, EmailVerificationRepository verifications,
                                    VerificationMailer mailer, RateLimiter rateLimiter, AccountSettings settings,
                                    Transactions transactions, Clock clock) {
        this.users = users;
        this.verifications = verifications;
        this.mailer = mailer;
        this.rateLimiter = rateLimiter;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void verifyByCode(Principal principal, String code) {
        new Validation().check(code != null && code.strip().matches("\\d{6}"), "code", "must be 6 digits")
                .throwIfInvalid();
        Instant now = clock.instant();
        boolean verified = transactions.inTransaction(() -> {
            User user = activeUser(principal.userId());
            if (user.emailVerified()) {
                return true;
            }
            Optional<EmailVerification> pending = verifications.findByUser(user.id())
                    .filter(verification -> !verification.isExpired(now));
            if (pending.isEmpty()) {
                return false;
            }
            if (Secrets.sameDigest(Secrets.sha256(code.strip()), pending.get().codeDigest())) {
                complete(user.id());
                return true;
            }
            if (verifications.recordFailedAttempt(user.id()) >= settings.maxVerificationAttempts()) {
                verifications.delete(user.id());
            }
            return false;
        });
        if (!verified) {
            throw ParleyException.invalid("code", "is wrong or expired; request a new one if needed");
        }
    }

    @Override
    public void verifyByLinkToken(String token) {
        new Validation().check(token != null && !token.isBlank(), "token", "is required").throwIfInvalid();
        Instant now = clock.instant();
        boolean verified = transactions.inTransaction(() -> verifications.findByTokenDigest(Secrets.sha256(token))
                .filter(verification -> !verification.isExpired(now))
                .map(verification -> {
                    complete(verification.userId());
                    return true;
                })
                .orElse(false));
        if (!verified) {
            throw ParleyException.invalid("token", "is invalid or expired");
        }
    }

    @Override
    public void resend(Principal principal) {
        Instant now = clock.instant();
        User user = activeUser(principal.userId());
        if (user.emailVerified()) {
            throw ParleyException.conflict("the e-mail address is already verified");
        }
        Optional<Duration> wait = rateLimiter.acquire("verify-resend:" + user.id(), settings.verificationResends(), now);
        if (wait.isPresent()) {
            throw ParleyException.rateLimited(wait.get());
        }
        transactions.run(() -> mailer.issue(user, now));
    }

    private void complete(UserId userId) {
        users.markEmailVerified(userId);
        verifications.delete(userId);
    }

    private User activeUser(UserId userId) {
        return users.findById(userId).filter(user -> !user.isDeleted())
                .orElseThrow(() -> ParleyException.unauthorized("the account no longer exists"));
    }
}
