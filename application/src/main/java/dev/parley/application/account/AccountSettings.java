package dev.parley.application.account;

import dev.parley.domain.shared.RateLimiter.Limit;
import java.time.Duration;

/** Tunables of the account use cases; production defaults come from {@link #defaults(String)}. */
public record AccountSettings(
        String publicUrl,
        Duration refreshTokenTtl,
        Duration verificationCodeTtl,
        int maxVerificationAttempts,
        Limit verificationResends,
        Duration passwordResetTtl,
        Limit passwordResetMails,
        Limit loginFailuresPerAccount,
        Limit loginFailuresPerIp) {

    public static AccountSettings defaults(String publicUrl) {
        return new AccountSettings(publicUrl, Duration.ofDays(30), Duration.ofMinutes(15), 5,
                new Limit(3, Duration.ofMinutes(15)), Duration.ofHours(1), new Limit(3, Duration.ofMinutes(15)),
                new Limit(10, Duration.ofMinutes(15)), new Limit(50, Duration.ofMinutes(15)));
    }
}
