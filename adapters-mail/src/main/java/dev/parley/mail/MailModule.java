package dev.parley.mail;

import dagger.Module;
import dagger.Provides;
import dev.parley.domain.mail.MailSender;
import javax.inject.Singleton;

/** The mail adapter's one public module: SMTP when a host is configured, else the log. */
@Module
public final class MailModule {
    private MailModule() {
    }

    @Provides
    @Singleton
    static MailSender mailSender(SmtpSettings settings) {
        return settings.host().isPresent() ? new SmtpMailSender(settings) : new LogMailSender(settings.logContents());
    }
}
