package dev.parley.application.account;

import dev.parley.domain.account.AccessClaims;
import dev.parley.domain.account.Principal;
import dev.parley.domain.account.Session;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.in.AuthenticateUseCase;
import dev.parley.domain.account.out.AccessTokens;
import dev.parley.domain.account.out.SessionRepository;
import dev.parley.domain.shared.ParleyException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies access tokens and refuses those of revoked sessions. Session state is looked up in the
 * shared database and remembered for at most {@link #RECHECK_AFTER}, so a revocation on any node
 * takes effect everywhere within that time without a query on every request.
 */
public final class AuthenticationService implements AuthenticateUseCase {
    static final Duration RECHECK_AFTER = Duration.ofMillis(500);
    private static final int MAX_REMEMBERED = 100_000;

    private final AccessTokens accessTokens;
    private final SessionRepository sessions;
    private final Clock clock;
    private final ConcurrentHashMap<SessionId, Instant> activeUntil = new ConcurrentHashMap<>();

    public AuthenticationService(AccessTokens accessTokens, SessionRepository sessions, Clock clock) {
        this.accessTokens = accessTokens;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Principal authenticate(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw ParleyException.unauthorized("missing access token");
        }
        Instant now = clock.instant();
        AccessClaims claims = accessTokens.verify(accessToken, now);
        if (!isActive(claims.sessionId(), now)) {
            throw ParleyException.unauthorized("the session was revoked");
        }
        return new Principal(claims.userId(), claims.sessionId());
    }

    /** Forgets a revoked session at once, so this node refuses its tokens without waiting for a recheck. */
    public void forget(SessionId sessionId) {
        activeUntil.remove(sessionId);
    }

    private boolean isActive(SessionId sessionId, Instant now) {
        Instant until = activeUntil.get(sessionId);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        boolean active = sessions.find(sessionId).map(Session::isActive).orElse(false);
        if (active) {
            if (activeUntil.size() > MAX_REMEMBERED) {
                activeUntil.clear();
            }
            activeUntil.put(sessionId, now.plus(RECHECK_AFTER));
        } else {
            activeUntil.remove(sessionId);
        }
        return active;
    }
}
