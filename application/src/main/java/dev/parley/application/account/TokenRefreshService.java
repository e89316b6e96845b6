package dev.parley.application.account;

import dev.parley.domain.account.AuthTokens;
import dev.parley.domain.account.DeviceInfo;
import dev.parley.domain.account.RefreshToken;
import dev.parley.domain.account.SessionRevoked;
import dev.parley.domain.account.in.RefreshUseCase;
import dev.parley.domain.account.out.SessionRepository;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Secrets;
import dev.parley.domain.shared.Transactions;
import dev.parley.domain.shared.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Rotates refresh tokens. A token that was already rotated is evidence of theft: the whole session is
 * revoked (committed before the caller learns of the refusal) and its sockets are told to close.
 */
public final class TokenRefreshService implements RefreshUseCase {
    private final SessionRepository sessions;
    private final SessionIssuer sessionIssuer;
    private final Transactions transactions;
    private final EventPublisher events;
    private final Clock clock;

    public TokenRefreshService(SessionRepository sessions, SessionIssuer sessionIssuer, Transactions transactions,
                               EventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.sessionIssuer = sessionIssuer;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public AuthTokens refresh(String refreshToken, DeviceInfo device) {
        new Validation().check(refreshToken != null && !refreshToken.isBlank(), "refresh_token", "is required")
                .throwIfInvalid();
        Instant now = clock.instant();
        String digest = Secrets.sha256(refreshToken);
        Outcome outcome = transactions.inTransaction(() -> rotate(digest, now));
        return switch (outcome) {
            case Outcome.Rotated rotated -> rotated.tokens();
            case Outcome.Refused refused -> throw ParleyException.unauthorized("refresh token is invalid or expired");
            case Outcome.Reused reused -> {
                events.publish(new SessionRevoked(reused.token().sessionId(), reused.token().userId()));
                throw ParleyException.unauthorized("refresh token was already used; the session is revoked");
            }
        };
    }

    private Outcome rotate(String digest, Instant now) {
        Optional<RefreshToken> found = sessions.findRefreshToken(digest);
        if (found.isEmpty()) {
            return new Outcome.Refused();
        }
        RefreshToken token = found.get();
        boolean sessionActive = sessions.find(token.sessionId()).map(s -> s.isActive()).orElse(false);
        if (!sessionActive) {
            return new Outcome.Refused();
        }
        if (token.wasRotated() || !sessions.markRotated(digest, now)) {
            sessions.revoke(token.sessionId(), now);
            return new Outcome.Reused(token);
        }
        if (!now.isBefore(token.expiresAt())) {
            return new Outcome.Refused();
        }
        sessions.touch(token.sessionId(), now);
        return new Outcome.Rotated(sessionIssuer.tokensFor(token.sessionId(), token.userId(), now));
    }

    private sealed interface Outcome {
        record Rotated(AuthTokens tokens) implements Outcome {
        }

        record Refused() implements Outcome {
        }

        record Reused(RefreshToken token) implements Outcome {
        }
    }
}
