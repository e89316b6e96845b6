package dev.parley.domain.account;

import dev.parley.domain.shared.DomainEvent;

/** A session ended (logout, reset, deletion, reuse detection): its sockets must close. */
public record SessionRevoked(SessionId sessionId, UserId userId) implements DomainEvent {
}
