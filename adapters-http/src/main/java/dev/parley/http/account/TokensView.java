package dev.parley.http.account;

import dev.parley.domain.account.AuthTokens;

/** {@code tokens} on the wire. */
public record TokensView(String accessToken, String refreshToken, String tokenType, long expiresIn) {
    public static TokensView from(AuthTokens tokens) {
        return new TokensView(tokens.accessToken(), tokens.refreshToken(), "Bearer", tokens.expiresInSeconds());
    }
}
