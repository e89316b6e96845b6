package dev.parley.http.auth;

import java.time.Duration;

/** HMAC secret, issuer and lifetime of access tokens. The secret never appears in {@link #toString()}. */
public record JwtSettings(byte[] secret, String issuer, Duration accessTokenTtl) {
    @Override
    public String toString() {
        return "JwtSettings[secret=****, issuer=" + issuer + ", accessTokenTtl=" + accessTokenTtl + "]";
    }
}
