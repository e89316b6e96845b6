package dev.parley.mail;

import dev.parley.domain.mail.MailSender;
import dev.parley.domain.mail.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mail adapter for development: with no SMTP host configured, mails (codes included) are written to
 * the log so a newcomer can finish sign-up. Production refuses to start without SMTP being deliberate.
 */
public final class LogMailSender implements MailSender {
    private static final Logger LOG = LoggerFactory.getLogger(LogMailSender.class);

    @Override
    public void send(OutgoingMail mail) {
        LOG.info("mail (SMTP not configured) to={} subject=\"{}\"\n{}", mail.to(), mail.subject(), mail.body());
    }
}
