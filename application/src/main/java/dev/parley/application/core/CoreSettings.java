package dev.parley.application.core;

import dev.parley.application.account.AccountSettings;
import dev.parley.application.call.CallSettings;
import dev.parley.application.conversation.ConversationSettings;
import dev.parley.application.file.FileSettings;
import dev.parley.application.meeting.MeetingOptions;
import dev.parley.application.people.PeopleSettings;
import dev.parley.application.realtime.PresenceSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * Every tunable of the core, one record per feature. {@link #defaults()} are the production defaults a node
 * starts with when its environment says nothing; {@code mailPollInterval} is how often queued mail is looked for,
 * {@code mailFirstRetry} the wait after a first failed delivery (it doubles up to half an hour).
 */
public record CoreSettings(
        AccountSettings accounts,
        PeopleSettings people,
        ConversationSettings conversations,
        PresenceSettings presence,
        CallSettings calls,
        MeetingOptions meetings,
        FileSettings files,
        Duration mailPollInterval,
        Duration mailFirstRetry) {

    public static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";

    public CoreSettings {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(conversations, "conversations");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(files, "files");
        if (mailPollInterval.isNegative() || mailPollInterval.isZero() || mailFirstRetry.isNegative()) {
            throw new IllegalArgumentException("the mail poll interval must be positive, the first retry not negative");
        }
    }

    /** Links in mails point at {@value #DEFAULT_PUBLIC_URL}; see {@link #withPublicUrl(String)}. */
    public static CoreSettings defaults() {
        return new CoreSettings(AccountSettings.defaults(DEFAULT_PUBLIC_URL), PeopleSettings.defaults(),
                ConversationSettings.defaults(), PresenceSettings.defaults(), new CallSettings(Duration.ofSeconds(30)),
                new MeetingOptions(Duration.ofMinutes(5)), FileSettings.defaults(), Duration.ofSeconds(1),
                Duration.ofSeconds(5));
    }

    /** The address the links in verification and reset mails start with. */
    public CoreSettings withPublicUrl(String publicUrl) {
        AccountSettings a = accounts;
        AccountSettings moved = new AccountSettings(publicUrl, a.refreshTokenTtl(), a.verificationCodeTtl(),
                a.maxVerificationAttempts(), a.verificationResends(), a.passwordResetTtl(), a.passwordResetMails(),
                a.loginFailuresPerAccount(), a.loginFailuresPerIp());
        return new CoreSettings(moved, people, conversations, presence, calls, meetings, files, mailPollInterval,
                mailFirstRetry);
    }
}
