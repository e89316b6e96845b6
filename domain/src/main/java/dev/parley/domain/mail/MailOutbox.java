package dev.parley.domain.mail;

/** Outgoing port: queues a mail in the caller's transaction; a dispatcher delivers it later with retries. */
@FunctionalInterface
public interface MailOutbox {
    void enqueue(OutgoingMail mail);
}
