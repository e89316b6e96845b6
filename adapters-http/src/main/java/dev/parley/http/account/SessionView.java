package dev.parley.http.account;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.Session;
import java.time.Instant;

/** One signed-in device in the session list; {@code current} marks the caller's own. */
public record SessionView(String id, String userAgent, String ip, Instant createdAt, Instant lastUsedAt,
                          boolean current) {
    public static SessionView from(Session session, Principal caller) {
        return new SessionView(session.id().toString(), session.userAgent(), session.ip(), session.createdAt(),
                session.lastUsedAt(), session.id().equals(caller.sessionId()));
    }
}
