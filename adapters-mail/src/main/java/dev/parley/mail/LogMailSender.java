package dev.parley.mail;

import dev.parley.domain.mail.MailSender;
import dev.parley.domain.mail.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mail adapter without SMTP: in development the whole mail (codes included) goes to the log so a
 * newcomer can finish sign-up; in production only the fact that a mail could not be delivered does,
 * since subjects and bodies carry one-time codes.
 */
public final class LogMailSender implements MailSender {
    private static final Logger LOG = LoggerFactory.getLogger(LogMailSender.class);

    private final boolean logContents;

    public LogMailSender(boolean logContents) {
        this.logContents = logContents;
    }

    @Override
    public void send(OutgoingMail mail) {
        if (logContents) {
            LOG.info("mail (SMTP not configured) to={} subject=\"{}\"\n{}", mail.to(), mail.subject(), mail.body());
        } else {
            LOG.warn("mail to {} dropped: PARLEY_SMTP_HOST is not configured", mail.to());
        }
    }
}
