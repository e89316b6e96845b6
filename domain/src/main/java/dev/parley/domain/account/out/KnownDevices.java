package dev.parley.domain.account.out;

import dev.parley.domain.account.UserId;
import java.time.Instant;

/**
 * Outgoing port: proofs that a client has signed in to an account before (the value of a device cookie).
 * A known device may sign in while strangers' failed guesses keep the account locked.
 */
public interface KnownDevices {
    /** A proof, to hand to the client, that it has just signed in as {@code user}. */
    String vouchFor(UserId user, Instant now);

    /** Whether {@code proof} was issued by {@link #vouchFor} for {@code user} and is still valid. */
    boolean vouches(String proof, UserId user, Instant now);
}
