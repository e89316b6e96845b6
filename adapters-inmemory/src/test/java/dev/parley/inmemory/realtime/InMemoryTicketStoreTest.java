package dev.parley.inmemory.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InMemoryTicketStoreTest {
    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

    private final InMemoryTicketStore tickets = new InMemoryTicketStore();
    private final Principal principal = new Principal(new UserId(UUID.randomUUID()), new SessionId(UUID.randomUUID()));

    @Test
    void a_ticket_is_taken_once_before_it_expires() {
        tickets.save("digest", principal, T0.plusSeconds(30));

        assertThat(tickets.take("digest", T0.plusSeconds(29))).contains(principal);
        assertThat(tickets.take("digest", T0.plusSeconds(29))).isEmpty();
    }

    @Test
    void an_expired_ticket_is_gone() {
        tickets.save("digest", principal, T0.plusSeconds(30));

        assertThat(tickets.take("digest", T0.plusSeconds(30))).isEmpty();
    }
}
