package dev.parley.application.account;

import dev.parley.domain.account.AccessClaims;
import dev.parley.domain.account.Principal;
import dev.parley.domain.account.Session;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
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
    private final ConcurrentHashMap<SessionId, Vouched> activeUntil = new ConcurrentHashMap<>();

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
        if (!isActive(claims, now)) {
            throw ParleyException.unauthorized("the session was revoked");
        }
        return new Principal(claims.userId(), claims.sessionId());
    }

    /** Forgets a revoked session at once, so this node refuses its tokens without waiting for a recheck. */
    public void forget(SessionId sessionId) {
        activeUntil.remove(sessionId);
    }

    /** Active, and the subject's own: a token naming another user's session proves nothing about either. */
    private boolean isActive(AccessClaims claims, Instant now) {
        SessionId sessionId = claims.sessionId();
        Vouched known = activeUntil.get(sessionId);
        if (known != null && now.isBefore(known.until())) {
            return known.owner().equals(claims.userId());
        }
        var session = sessions.find(sessionId).filter(Session::isActive);
        if (session.isPresent()) {
            if (activeUntil.size() > MAX_REMEMBERED) {
                activeUntil.clear();
            }
            activeUntil.put(sessionId, new Vouched(session.get().userId(), now.plus(RECHECK_AFTER)));
        } else {
            activeUntil.remove(sessionId);
        }
        return session.map(active -> active.userId().equals(claims.userId())).orElse(false);
    }

    /** A session seen active, whose it is, and until when that is believed without asking again. */
    private record Vouched(UserId owner, Instant until) {
    }
}
