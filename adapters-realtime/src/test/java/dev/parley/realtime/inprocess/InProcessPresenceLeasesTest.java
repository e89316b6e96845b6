package dev.parley.realtime.inprocess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InProcessPresenceLeasesTest {
    private final InProcessPresenceLeases leases = new InProcessPresenceLeases();
    private final UserId user = new UserId(UUID.randomUUID());
    private final Instant now = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void reports_the_first_attach_and_the_last_detach() {
        assertThat(leases.attach(user, now.plusSeconds(10))).isTrue();
        assertThat(leases.attach(user, now.plusSeconds(20))).isFalse();
        assertThat(leases.isOnline(user)).isTrue();

        assertThat(leases.detach(user)).isTrue();
        assertThat(leases.isOnline(user)).isFalse();
    }

    @Test
    void sweeps_leases_that_were_not_renewed_once() {
        leases.attach(user, now.plusSeconds(10));

        assertThat(leases.sweepExpired(now.plusSeconds(5))).isEmpty();
        assertThat(leases.sweepExpired(now.plusSeconds(10))).containsExactly(user);
        assertThat(leases.sweepExpired(now.plusSeconds(11))).isEmpty();
        assertThat(leases.renew(List.of(user), now.plusSeconds(30))).containsExactly(user);
    }
}
