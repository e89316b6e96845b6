package dev.parley.domain.account;

/** The outcome of registering or logging in. */
public record SignedIn(User user, AuthTokens tokens, SessionId sessionId) {
}
