package dev.parley.application.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.RefreshToken;
import dev.parley.domain.account.Session;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.SessionRepository;
import dev.parley.domain.realtime.SocketTicket;
import dev.parley.domain.realtime.out.TicketStore;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SocketTicketServiceTest {
    private final MutableClock clock = new MutableClock();
    private final Map<String, Map.Entry<Principal, Instant>> stored = new HashMap<>();
    private final Map<SessionId, Session> sessions = new HashMap<>();
    private final SocketTicketService tickets = new SocketTicketService(new TicketStore() {
        @Override
        public void save(String digest, Principal principal, Instant expiresAt) {
            stored.put(digest, Map.entry(principal, expiresAt));
        }

        @Override
        public Optional<Principal> take(String digest, Instant now) {
            Map.Entry<Principal, Instant> held = stored.remove(digest);
            return held != null && now.isBefore(held.getValue()) ? Optional.of(held.getKey()) : Optional.empty();
        }
    }, new SessionsById(sessions), clock);
    private final Principal alice = new Principal(new UserId(UUID.randomUUID()), new SessionId(UUID.randomUUID()));

    @Test
    void a_ticket_lasts_30_seconds_and_opens_one_socket() {
        sessions.put(alice.sessionId(), session(null));
        SocketTicket ticket = tickets.issue(alice);
        assertThat(ticket.expiresIn()).isEqualTo(Duration.ofSeconds(30));
        assertThat(stored).doesNotContainKey(ticket.ticket());

        assertThat(tickets.redeem(ticket.ticket())).isEqualTo(alice);
        assertRefused(ticket.ticket());
    }

    @Test
    void refuses_an_expired_ticket() {
        sessions.put(alice.sessionId(), session(null));
        SocketTicket ticket = tickets.issue(alice);
        clock.advance(Duration.ofSeconds(30));

        assertRefused(ticket.ticket());
    }

    @Test
    void refuses_a_ticket_of_a_session_revoked_since() {
        sessions.put(alice.sessionId(), session(null));
        SocketTicket ticket = tickets.issue(alice);
        sessions.put(alice.sessionId(), session(clock.instant()));

        assertRefused(ticket.ticket());
    }

    @Test
    void refuses_garbage() {
        assertRefused("nope");
        assertRefused("");
        assertRefused("x".repeat(500));
    }

    private void assertRefused(String ticket) {
        assertThatThrownBy(() -> tickets.redeem(ticket)).isInstanceOf(ParleyException.class)
                .extracting(error -> ((ParleyException) error).code()).isEqualTo(ErrorCode.UNAUTHORIZED);
    }

    private Session session(Instant revokedAt) {
        return new Session(alice.sessionId(), alice.userId(), "test", "127.0.0.1", clock.instant(), clock.instant(), revokedAt);
    }

    /** Only {@code find} is needed here. */
    private record SessionsById(Map<SessionId, Session> sessions) implements SessionRepository {
        @Override
        public Optional<Session> find(SessionId id) {
            return Optional.ofNullable(sessions.get(id));
        }

        @Override
        public void create(Session session) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Session> listActive(UserId userId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addRefreshToken(RefreshToken token) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<RefreshToken> findRefreshToken(String digest) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean markRotated(String digest, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void touch(SessionId id, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean revoke(SessionId id, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SessionId> revokeAll(UserId userId, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SessionId> revokeAllExcept(UserId userId, SessionId keep, Instant at) {
            throw new UnsupportedOperationException();
        }
    }
}
