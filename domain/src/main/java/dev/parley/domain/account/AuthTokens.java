package dev.parley.domain.account;

/** What a client keeps after signing in: a short-lived access token and a rotating refresh token. */
public record AuthTokens(String accessToken, String refreshToken, long expiresInSeconds) {
    @Override
    public String toString() {
        return "AuthTokens[****]";
    }
}
