package dev.parley.realtime.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.out.TicketStore;
import dev.parley.realtime.inprocess.InMemoryTicketStore;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class FallbackTicketStoreTest {
    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private static final Principal ALICE = new Principal(new UserId(UUID.randomUUID()), new SessionId(UUID.randomUUID()));

    private final AtomicBoolean redisUp = new AtomicBoolean(true);
    private final InMemoryTicketStore redis = new InMemoryTicketStore();
    private final FallbackTicketStore tickets = new FallbackTicketStore(new TicketStore() {
        @Override
        public void save(String digest, Principal principal, Instant expiresAt) {
            failUnlessUp();
            redis.save(digest, principal, expiresAt);
        }

        @Override
        public Optional<Principal> take(String digest, Instant now) {
            failUnlessUp();
            return redis.take(digest, now);
        }
    }, new InMemoryTicketStore(), new RedisOutage());

    @Test
    void a_ticket_issued_while_redis_is_down_opens_a_socket_here_once() {
        redisUp.set(false);

        tickets.save("digest", ALICE, NOW.plusSeconds(30));

        assertThat(tickets.take("digest", NOW)).contains(ALICE);
        assertThat(tickets.take("digest", NOW)).isEmpty();
    }

    @Test
    void a_ticket_issued_during_the_outage_still_works_after_redis_is_back() {
        redisUp.set(false);
        tickets.save("digest", ALICE, NOW.plusSeconds(30));
        redisUp.set(true);

        assertThat(tickets.take("digest", NOW)).contains(ALICE);
    }

    @Test
    void while_redis_answers_tickets_live_in_redis() {
        tickets.save("digest", ALICE, NOW.plusSeconds(30));

        assertThat(redis.take("digest", NOW)).contains(ALICE);
    }

    private void failUnlessUp() {
        if (!redisUp.get()) {
            throw new IllegalStateException("Currently not connected. Commands are rejected.");
        }
    }
}
