package dev.parley.persistence.account;

import dev.parley.domain.account.RefreshToken;
import dev.parley.domain.account.Session;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.SessionRepository;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence adapter: sessions and refresh-token digests in PostgreSQL. */
public final class JdbiSessionRepository implements SessionRepository {
    private final Database database;

    public JdbiSessionRepository(Database database) {
        this.database = database;
    }

    @Override
    public void create(Session session) {
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO sessions (id, user_id, user_agent, ip, created_at, last_used_at)
                        VALUES (:id, :userId, :userAgent, :ip, :createdAt, :createdAt)""")
                .bind("id", session.id().value())
                .bind("userId", session.userId().value())
                .bind("userAgent", session.userAgent())
                .bind("ip", session.ip())
                .bind("createdAt", Timestamps.bind(session.createdAt()))
                .execute());
    }

    @Override
    public Optional<Session> find(SessionId id) {
        return database.withHandle(handle -> handle.createQuery("SELECT * FROM sessions WHERE id = :id")
                .bind("id", id.value()).map((rs, ctx) -> toSession(rs)).findOne());
    }

    @Override
    public List<Session> listActive(UserId userId) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM sessions WHERE user_id = :userId AND revoked_at IS NULL
                        ORDER BY last_used_at DESC""")
                .bind("userId", userId.value()).map((rs, ctx) -> toSession(rs)).list());
    }

    @Override
    public void addRefreshToken(RefreshToken token) {
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO refresh_tokens (digest, session_id, user_id, expires_at)
                        VALUES (:digest, :sessionId, :userId, :expiresAt)""")
                .bind("digest", token.digest())
                .bind("sessionId", token.sessionId().value())
                .bind("userId", token.userId().value())
                .bind("expiresAt", Timestamps.bind(token.expiresAt()))
                .execute());
    }

    @Override
    public Optional<RefreshToken> findRefreshToken(String digest) {
        return database.withHandle(handle -> handle.createQuery("SELECT * FROM refresh_tokens WHERE digest = :digest")
                .bind("digest", digest)
                .map((rs, ctx) -> new RefreshToken(rs.getString("digest"),
                        new SessionId(rs.getObject("session_id", UUID.class)),
                        new UserId(rs.getObject("user_id", UUID.class)),
                        Timestamps.read(rs, "expires_at"), Timestamps.read(rs, "rotated_at")))
                .findOne());
    }

    @Override
    public boolean markRotated(String digest, Instant at) {
        return database.withHandle(handle -> handle.createUpdate(
                        "UPDATE refresh_tokens SET rotated_at = :at WHERE digest = :digest AND rotated_at IS NULL")
                .bind("digest", digest).bind("at", Timestamps.bind(at)).execute()) == 1;
    }

    @Override
    public void touch(SessionId id, Instant at) {
        database.useHandle(handle -> handle.createUpdate("UPDATE sessions SET last_used_at = :at WHERE id = :id")
                .bind("id", id.value()).bind("at", Timestamps.bind(at)).execute());
    }

    @Override
    public boolean revoke(SessionId id, Instant at) {
        return database.withHandle(handle -> handle.createUpdate(
                        "UPDATE sessions SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .bind("id", id.value()).bind("at", Timestamps.bind(at)).execute()) == 1;
    }

    @Override
    public List<SessionId> revokeAll(UserId userId, Instant at) {
        return revokeWhere(userId, null, at);
    }

    @Override
    public List<SessionId> revokeAllExcept(UserId userId, SessionId keep, Instant at) {
        return revokeWhere(userId, keep, at);
    }

    private List<SessionId> revokeWhere(UserId userId, SessionId keep, Instant at) {
        return database.withHandle(handle -> handle.createQuery("""
                        UPDATE sessions SET revoked_at = :at
                        WHERE user_id = :userId AND revoked_at IS NULL AND id IS DISTINCT FROM :keep
                        RETURNING id""")
                .bind("userId", userId.value())
                .bindByType("keep", keep == null ? null : keep.value(), UUID.class)
                .bind("at", Timestamps.bind(at))
                .map((rs, ctx) -> new SessionId(rs.getObject("id", UUID.class)))
                .list());
    }

    private static Session toSession(ResultSet rs) throws SQLException {
        return new Session(new SessionId(rs.getObject("id", UUID.class)), new UserId(rs.getObject("user_id", UUID.class)),
                rs.getString("user_agent"), rs.getString("ip"), Timestamps.read(rs, "created_at"),
                Timestamps.read(rs, "last_used_at"), Timestamps.read(rs, "revoked_at"));
    }
}
