package dev.parley.domain.mail;

/** A mail to send. The body may hold one-time codes: it is never logged outside development. */
public record OutgoingMail(String to, String subject, String body) {
}
