package dev.parley.http.auth;

import dev.parley.domain.account.AccessClaims;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens this node has already verified, with their claims, so a client's next requests skip the
 * HMAC and JSON decoding (≈ 5 % of a history page's CPU). It holds only what the signature proved, never
 * session state: a revoked session is refused by the session check that follows every verification.
 * Bounded: when full it starts over, which costs one verification per token in use.
 */
final class VerifiedTokens {
    static final int DEFAULT_CAPACITY = 20_000;

    private final int capacity;
    private final ConcurrentHashMap<String, AccessClaims> claims = new ConcurrentHashMap<>();

    VerifiedTokens(int capacity) {
        this.capacity = capacity;
    }

    /** The claims of a token verified before, or null. */
    AccessClaims get(String token) {
        return claims.get(token);
    }

    void remember(String token, AccessClaims verified) {
        if (claims.size() >= capacity) {
            claims.clear();
        }
        claims.put(token, verified);
    }

    void forget(String token) {
        claims.remove(token);
    }

    int size() {
        return claims.size();
    }
}
