package dev.parley.application.account;

import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.SessionRevoked;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.SessionRepository;
import dev.parley.domain.shared.EventPublisher;
import java.time.Instant;
import java.util.List;

/** Revokes sessions and announces each revocation after the caller's commit; shared by every account use case that ends sessions. */
public final class SessionRevoker {
    private final SessionRepository sessions;
    private final EventPublisher events;

    public SessionRevoker(SessionRepository sessions, EventPublisher events) {
        this.sessions = sessions;
        this.events = events;
    }

    /** Revokes inside the caller's transaction; returns the events to publish once it commits. */
    public List<SessionRevoked> revokeAll(UserId userId, Instant now) {
        return sessions.revokeAll(userId, now).stream().map(id -> new SessionRevoked(id, userId)).toList();
    }

    List<SessionRevoked> revokeOthers(UserId userId, SessionId keep, Instant now) {
        return sessions.revokeAllExcept(userId, keep, now).stream().map(id -> new SessionRevoked(id, userId)).toList();
    }

    List<SessionRevoked> revoke(UserId userId, SessionId sessionId, Instant now) {
        return sessions.revoke(sessionId, now) ? List.of(new SessionRevoked(sessionId, userId)) : List.of();
    }

    public void announce(List<SessionRevoked> revoked) {
        revoked.forEach(events::publish);
    }
}
