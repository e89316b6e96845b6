package dev.parley.application.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.realtime.out.LastSeenRepository;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When each user was last seen: unknown until saved, and never moving backwards. */
public abstract class LastSeenRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    protected abstract LastSeenRepository lastSeen();

    protected abstract UserRepository users();

    @Test
    void a_user_never_seen_has_no_last_seen() {
        assertThat(lastSeen().find(ContractUsers.register(users()))).isEmpty();
    }

    @Test
    void keeps_the_latest_time_even_when_an_older_one_arrives_last() {
        UserId user = ContractUsers.register(users());

        lastSeen().save(user, T0.plusSeconds(10));
        lastSeen().save(user, T0);
        assertThat(lastSeen().find(user)).contains(T0.plusSeconds(10));

        lastSeen().save(user, T0.plusSeconds(20));
        assertThat(lastSeen().find(user)).contains(T0.plusSeconds(20));
    }
}
