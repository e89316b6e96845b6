package dev.parley.domain.account;

/** The authenticated caller of a request: a user acting through one session. */
public record Principal(UserId userId, SessionId sessionId) {
}
