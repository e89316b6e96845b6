package dev.parley.inmemory.account;

import dev.parley.domain.account.RefreshToken;
import dev.parley.domain.account.Session;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.SessionRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory adapter: sessions and their refresh tokens in maps, one lock. */
public final class InMemorySessionRepository implements SessionRepository {
    private final Map<SessionId, Session> sessions = new LinkedHashMap<>();
    private final Map<String, RefreshToken> tokens = new LinkedHashMap<>();

    @Override
    public synchronized void create(Session session) {
        sessions.put(session.id(), session);
    }

    @Override
    public synchronized Optional<Session> find(SessionId id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public synchronized List<Session> listActive(UserId userId) {
        return sessions.values().stream().filter(s -> s.userId().equals(userId) && s.isActive())
                .sorted(Comparator.comparing(Session::lastUsedAt).reversed()).toList();
    }

    @Override
    public synchronized void addRefreshToken(RefreshToken token) {
        tokens.put(token.digest(), token);
    }

    @Override
    public synchronized Optional<RefreshToken> findRefreshToken(String digest) {
        return Optional.ofNullable(tokens.get(digest));
    }

    @Override
    public synchronized boolean markRotated(String digest, Instant at) {
        RefreshToken token = tokens.get(digest);
        if (token == null || token.wasRotated()) {
            return false;
        }
        tokens.put(digest, new RefreshToken(digest, token.sessionId(), token.userId(), token.expiresAt(), at));
        return true;
    }

    @Override
    public synchronized void touch(SessionId id, Instant at) {
        sessions.computeIfPresent(id, (key, s) -> new Session(s.id(), s.userId(), s.userAgent(), s.ip(), s.createdAt(),
                at, s.revokedAt()));
    }

    @Override
    public synchronized boolean revoke(SessionId id, Instant at) {
        Session session = sessions.get(id);
        if (session == null || !session.isActive()) {
            return false;
        }
        sessions.put(id, new Session(session.id(), session.userId(), session.userAgent(), session.ip(),
                session.createdAt(), session.lastUsedAt(), at));
        return true;
    }

    @Override
    public synchronized List<SessionId> revokeAll(UserId userId, Instant at) {
        return revokeAllExcept(userId, null, at);
    }

    @Override
    public synchronized List<SessionId> revokeAllExcept(UserId userId, SessionId keep, Instant at) {
        List<SessionId> revoked = new ArrayList<>();
        for (Session session : List.copyOf(sessions.values())) {
            if (session.userId().equals(userId) && !session.id().equals(keep) && revoke(session.id(), at)) {
                revoked.add(session.id());
            }
        }
        return revoked;
    }
}
