package dev.parley.domain.realtime.out;

import dev.parley.domain.account.Principal;
import java.time.Instant;
import java.util.Optional;

/** Outgoing port: one-time socket tickets by digest, redeemable on any node exactly once before they expire. */
public interface TicketStore {
    void save(String digest, Principal principal, Instant expiresAt);

    /** Atomically removes the ticket and returns its holder, if it existed and had not expired. */
    Optional<Principal> take(String digest, Instant now);
}
