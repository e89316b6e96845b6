package dev.parley.inmemory.mail;

import dev.parley.domain.mail.MailSender;
import dev.parley.domain.mail.OutgoingMail;
import java.util.ArrayList;
import java.util.List;

/**
 * In-memory adapter: a mail transport that keeps every mail handed to it, so an embedder (or a test) can read the
 * verification and reset mails a core sends, instead of running an SMTP server.
 */
public final class InMemoryMailSender implements MailSender {
    private final List<OutgoingMail> sent = new ArrayList<>();

    @Override
    public synchronized void send(OutgoingMail mail) {
        sent.add(mail);
    }

    /** Every mail sent so far, oldest first. */
    public synchronized List<OutgoingMail> sent() {
        return List.copyOf(sent);
    }
}
