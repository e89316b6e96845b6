package dev.parley.domain.mail;

/** A mail claimed from the outbox for one delivery attempt. */
public record QueuedMail(long id, OutgoingMail mail, int attempts) {
}
