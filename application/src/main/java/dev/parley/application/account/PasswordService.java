package dev.parley.application.account;

import dev.parley.domain.account.Email;
import dev.parley.domain.account.PlainPassword;
import dev.parley.domain.account.Principal;
import dev.parley.domain.account.SessionRevoked;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.in.PasswordUseCase;
import dev.parley.domain.mail.MailOutbox;
import dev.parley.domain.mail.OutgoingMail;
import dev.parley.domain.account.out.PasswordHasher;
import dev.parley.domain.account.out.PasswordResetRepository;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Secrets;
import dev.parley.domain.shared.RateLimiter;
import dev.parley.domain.shared.Transactions;
import dev.parley.domain.shared.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Forgotten-password reset and password change. Both end sessions: a reset ends all, a change all but the current one. */
public final class PasswordService implements PasswordUseCase {
    private final UserRepository users;
    private final PasswordResetRepository resets;
    private final PasswordHasher hasher;
    private final MailOutbox outbox;
    private final SessionRevoker revoker;
    private final RateLimiter rateLimiter;
    private final AccountSettings settings;
    private final Transactions transactions;
    private final Clock clock;

    public PasswordService(UserRepository users, PasswordResetRepository resets, PasswordHasher hasher,
                           MailOutbox outbox, SessionRevoker revoker, RateLimiter rateLimiter,
                           AccountSettings settings, Transactions transactions, Clock clock) {
        this.users = users;
        this.resets = resets;
        this.hasher = hasher;
        this.outbox = outbox;
        this.revoker = revoker;
        this.rateLimiter = rateLimiter;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void forgot(String rawEmail) {
        Validation validation = new Validation();
        Email email = validation.attempt("email", () -> new Email(rawEmail));
        validation.throwIfInvalid();
        Instant now = clock.instant();
        Optional<User> user = users.findByEmail(email).filter(found -> !found.isDeleted());
        boolean withinLimit = rateLimiter.acquire("password-reset:" + email.value(), settings.passwordResetMails(), now)
                .isEmpty();
        if (user.isEmpty() || !withinLimit) {
            return;
        }
        String token = Secrets.randomToken(32);
        transactions.run(() -> {
            resets.save(Secrets.sha256(token), user.get().id(), now.plus(settings.passwordResetTtl()));
            outbox.enqueue(new OutgoingMail(email.value(), "Reset your Parley password",
                    "Hello " + user.get().displayName() + ",\n\n"
                            + "Use this token to choose a new password (valid for "
                            + settings.passwordResetTtl().toMinutes() + " minutes):\n" + token + "\n\n"
                            + "Reset link: " + settings.publicUrl() + "/reset-password?token=" + token + "\n\n"
                            + "If you did not ask for this, ignore this mail; your password is unchanged.\n"));
        });
    }

    @Override
    public void reset(String token, String newPassword) {
        Validation validation = new Validation();
        validation.check(token != null && !token.isBlank(), "token", "is required");
        PlainPassword password = validation.attempt("new_password", () -> new PlainPassword(newPassword));
        validation.throwIfInvalid();
        String newHash = hasher.hash(password.value());
        Instant now = clock.instant();
        List<SessionRevoked> revoked = transactions.inTransaction(() -> {
            UserId userId = resets.consume(Secrets.sha256(token), now)
                    .orElseThrow(() -> ParleyException.invalid("token", "is invalid, used or expired"));
            users.updatePasswordHash(userId, newHash);
            return revoker.revokeAll(userId, now);
        });
        revoker.announce(revoked);
    }

    @Override
    public void change(Principal principal, String currentPassword, String newPassword) {
        Validation validation = new Validation();
        validation.check(currentPassword != null && !currentPassword.isEmpty(), "current_password", "is required");
        PlainPassword password = validation.attempt("new_password", () -> new PlainPassword(newPassword));
        validation.throwIfInvalid();
        User user = users.findById(principal.userId()).filter(found -> !found.isDeleted())
                .orElseThrow(() -> ParleyException.unauthorized("the account no longer exists"));
        if (currentPassword.length() > 128 || !hasher.matches(currentPassword, user.passwordHash())) {
            throw new ParleyException(ErrorCode.INVALID_CREDENTIALS, "the current password is wrong");
        }
        String newHash = hasher.hash(password.value());
        Instant now = clock.instant();
        List<SessionRevoked> revoked = transactions.inTransaction(() -> {
            users.updatePasswordHash(user.id(), newHash);
            return revoker.revokeOthers(user.id(), principal.sessionId(), now);
        });
        revoker.announce(revoked);
    }
}
