package dev.parley.realtime.inprocess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InMemoryTicketStoreTest {
    private final InMemoryTicketStore store = new InMemoryTicketStore();
    private final Instant now = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void keeps_concurrent_tickets_apart_and_hands_each_out_once_before_it_expires() {
        Principal alice = principal();
        Principal bob = principal();
        store.save("a", alice, now.plusSeconds(30));
        store.save("b", bob, now.plusSeconds(31));

        assertThat(store.take("a", now)).contains(alice);
        assertThat(store.take("a", now)).isEmpty();
        assertThat(store.take("b", now.plusSeconds(31))).isEmpty();
    }

    @Test
    void forgets_long_expired_tickets() {
        store.save("old", principal(), now);
        store.save("new", principal(), now.plusSeconds(120));

        assertThat(store.take("old", now.minusSeconds(1))).isEmpty();
    }

    private static Principal principal() {
        return new Principal(new UserId(UUID.randomUUID()), new SessionId(UUID.randomUUID()));
    }
}
