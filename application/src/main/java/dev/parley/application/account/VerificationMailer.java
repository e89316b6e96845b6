package dev.parley.application.account;

import dev.parley.domain.account.EmailVerification;
import dev.parley.domain.account.User;
import dev.parley.domain.account.out.EmailVerificationRepository;
import dev.parley.domain.mail.MailOutbox;
import dev.parley.domain.mail.OutgoingMail;
import dev.parley.domain.shared.Secrets;
import java.time.Instant;

/** Issues a fresh verification code and link token and queues the mail in the same transaction. */
public final class VerificationMailer {
    private final EmailVerificationRepository verifications;
    private final MailOutbox outbox;
    private final AccountSettings settings;

    public VerificationMailer(EmailVerificationRepository verifications, MailOutbox outbox, AccountSettings settings) {
        this.verifications = verifications;
        this.outbox = outbox;
        this.settings = settings;
    }

    void issue(User user, Instant now) {
        String code = Secrets.randomDigits(6);
        String linkToken = Secrets.randomToken(32);
        verifications.save(new EmailVerification(user.id(), Secrets.sha256(code), Secrets.sha256(linkToken),
                now.plus(settings.verificationCodeTtl()), 0));
        String link = settings.publicUrl() + "/api/v1/auth/verify-email?token=" + linkToken;
        long minutes = settings.verificationCodeTtl().toMinutes();
        outbox.enqueue(new OutgoingMail(user.email().value(), "Your Parley verification code: " + code,
                "Hello " + user.displayName() + ",\n\n"
                        + "Your verification code is " + code + " (valid for " + minutes + " minutes).\n"
                        + "Or open this link to verify your e-mail address:\n" + link + "\n\n"
                        + "If you did not create a Parley account, ignore this mail.\n"));
    }
}
