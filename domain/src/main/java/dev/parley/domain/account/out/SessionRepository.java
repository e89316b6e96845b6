package dev.parley.domain.account.out;

import dev.parley.domain.account.RefreshToken;
import dev.parley.domain.account.Session;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outgoing port: sessions and their refresh-token families. */
public interface SessionRepository {
    void create(Session session);

    Optional<Session> find(SessionId id);

    List<Session> listActive(UserId userId);

    void addRefreshToken(RefreshToken token);

    Optional<RefreshToken> findRefreshToken(String digest);

    /** Marks the token rotated; false when another request rotated it first (a reuse). */
    boolean markRotated(String digest, Instant at);

    void touch(SessionId id, Instant at);

    /** Revokes one active session; false when it was not active. */
    boolean revoke(SessionId id, Instant at);

    /** Revokes every active session of the user and returns the ones it revoked. */
    List<SessionId> revokeAll(UserId userId, Instant at);

    /** Revokes every active session of the user but {@code keep}; returns the ones it revoked. */
    List<SessionId> revokeAllExcept(UserId userId, SessionId keep, Instant at);
}
