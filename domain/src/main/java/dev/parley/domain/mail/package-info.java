/** Outgoing mail: the transactional outbox and the transport port. */
package dev.parley.domain.mail;
