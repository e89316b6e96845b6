package dev.parley.domain.mail;

/** Outgoing port: hands one mail to a transport (SMTP, or the log in development). Throws on failure. */
@FunctionalInterface
public interface MailSender {
    void send(OutgoingMail mail);
}
