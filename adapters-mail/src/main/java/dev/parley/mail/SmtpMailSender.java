package dev.parley.mail;

import dev.parley.domain.mail.MailSender;
import dev.parley.domain.mail.OutgoingMail;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/** Mail adapter: delivers over SMTP with Jakarta Mail (Angus). Failures surface so the outbox retries. */
public final class SmtpMailSender implements MailSender {
    private final Session session;
    private final String from;

    public SmtpMailSender(SmtpSettings settings) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host().orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        Authenticator authenticator = null;
        if (settings.username().isPresent()) {
            properties.put("mail.smtp.auth", "true");
            PasswordAuthentication credentials = new PasswordAuthentication(settings.username().get(),
                    settings.password().orElse(""));
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return credentials;
                }
            };
        }
        this.session = Session.getInstance(properties, authenticator);
        this.from = settings.from();
    }

    @Override
    public void send(OutgoingMail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            Transport.send(message);
        } catch (MessagingException failure) {
            throw new IllegalStateException("SMTP delivery failed: " + failure.getMessage(), failure);
        }
    }
}
