package dev.parley.application.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.RefreshToken;
import dev.parley.domain.account.Session;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.User;
import dev.parley.domain.account.out.SessionRepository;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.shared.Ids;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link SessionRepository} must do; run against the in-memory fake and against PostgreSQL. */
public abstract class SessionRepositoryContract {
    private static final Instant NOW = UserRepositoryContract.NOW;

    protected abstract SessionRepository sessions();

    protected abstract UserRepository users();

    private User user(String name) {
        User user = UserRepositoryContract.newUser(name);
        users().insert(user);
        return user;
    }

    private Session open(User user, Instant at) {
        Session session = new Session(new SessionId(Ids.newId(at)), user.id(), "agent", "127.0.0.1", at, at, null);
        sessions().create(session);
        return session;
    }

    @Test
    void a_refresh_token_rotates_exactly_once() {
        User user = user("sess_a");
        Session session = open(user, NOW);
        sessions().addRefreshToken(new RefreshToken("digest-a", session.id(), user.id(), NOW.plus(Duration.ofDays(30)), null));

        assertThat(sessions().markRotated("digest-a", NOW)).isTrue();
        assertThat(sessions().markRotated("digest-a", NOW)).isFalse();
        assertThat(sessions().findRefreshToken("digest-a").orElseThrow().wasRotated()).isTrue();
    }

    @Test
    void lists_active_sessions_most_recently_used_first() {
        User user = user("sess_b");
        Session older = open(user, NOW);
        Session newer = open(user, NOW.plusSeconds(1));
        sessions().touch(older.id(), NOW.plusSeconds(5));

        assertThat(sessions().listActive(user.id())).extracting(Session::id).containsExactly(older.id(), newer.id());
    }

    @Test
    void revoking_all_but_one_keeps_that_one() {
        User user = user("sess_c");
        Session keep = open(user, NOW);
        Session other = open(user, NOW.plusSeconds(1));

        assertThat(sessions().revokeAllExcept(user.id(), keep.id(), NOW.plusSeconds(2))).containsExactly(other.id());
        assertThat(sessions().listActive(user.id())).extracting(Session::id).containsExactly(keep.id());
        assertThat(sessions().revoke(other.id(), NOW)).as("already revoked").isFalse();
        assertThat(sessions().revokeAll(user.id(), NOW)).containsExactly(keep.id());
    }
}
