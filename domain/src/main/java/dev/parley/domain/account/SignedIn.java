package dev.parley.domain.account;

/**
 * The outcome of registering or logging in; {@code deviceProof} lets this client sign in later even while the
 * account is locked by failed guesses from elsewhere (see {@link dev.parley.domain.account.out.KnownDevices}).
 */
public record SignedIn(User user, AuthTokens tokens, SessionId sessionId, String deviceProof) {
    @Override
    public String toString() {
        return "SignedIn[user=" + user.id() + ", sessionId=" + sessionId + "]";
    }
}
