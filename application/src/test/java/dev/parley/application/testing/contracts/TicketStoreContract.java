package dev.parley.application.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.out.TicketStore;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Socket tickets: each is redeemed once, by digest, for the principal it was saved for. Times are around the real
 * clock, because the Redis store hands expiry to Redis; digests are random, so a store shared between runs is fine.
 */
public abstract class TicketStoreContract {
    protected abstract TicketStore tickets();

    @Test
    void keeps_tickets_apart_and_hands_each_out_once() {
        Instant now = Instant.now();
        Principal alice = principal();
        Principal bob = principal();
        String aliceDigest = digest();
        String bobDigest = digest();
        tickets().save(aliceDigest, alice, now.plusSeconds(30));
        tickets().save(bobDigest, bob, now.plusSeconds(30));

        assertThat(tickets().take(aliceDigest, now)).contains(alice);
        assertThat(tickets().take(aliceDigest, now)).isEmpty();
        assertThat(tickets().take(bobDigest, now)).contains(bob);
    }

    @Test
    void an_unknown_ticket_is_nobodys() {
        assertThat(tickets().take(digest(), Instant.now())).isEmpty();
    }

    @Test
    void concurrent_redemptions_of_one_ticket_succeed_once() {
        Instant now = Instant.now();
        String digest = digest();
        tickets().save(digest, principal(), now.plusSeconds(30));

        List<Boolean> taken = Concurrently.run(8, () -> tickets().take(digest, now).isPresent());

        assertThat(taken).containsOnlyOnce(true);
    }

    private static Principal principal() {
        return new Principal(new UserId(UUID.randomUUID()), new SessionId(UUID.randomUUID()));
    }

    private static String digest() {
        return "contract-" + UUID.randomUUID();
    }
}
