/** Tests of the mail outbox adapter on PostgreSQL. */
package dev.parley.persistence.mail;
