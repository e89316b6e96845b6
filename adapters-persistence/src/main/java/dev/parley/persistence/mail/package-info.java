/** Persistence adapter for the mail outbox. */
package dev.parley.persistence.mail;
