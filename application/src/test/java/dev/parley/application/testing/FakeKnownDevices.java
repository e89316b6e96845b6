package dev.parley.application.testing;

import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.KnownDevices;
import java.time.Instant;

/** Readable unsigned device proofs {@code device:<user id>}, never expiring. */
public final class FakeKnownDevices implements KnownDevices {
    @Override
    public String vouchFor(UserId user, Instant now) {
        return "device:" + user;
    }

    @Override
    public boolean vouches(String proof, UserId user, Instant now) {
        return proof.equals("device:" + user);
    }
}
