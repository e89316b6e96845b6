package dev.parley.domain.account.out;

import dev.parley.domain.account.AccessClaims;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import java.time.Duration;
import java.time.Instant;

/** Outgoing port: signs and verifies short-lived access tokens. */
public interface AccessTokens {
    String issue(UserId userId, SessionId sessionId, Instant now);

    /** Verifies signature and expiry; rejects with {@code unauthorized} or {@code token_expired}. */
    AccessClaims verify(String token, Instant now);

    Duration timeToLive();
}
