package dev.parley.domain.call;

import dev.parley.domain.account.SessionId;
import java.time.Instant;
import java.util.Objects;

/** Waiting for the callee until {@code deadline}. */
public record Ringing(Instant deadline) implements CallState.Live {
    public Ringing {
        Objects.requireNonNull(deadline, "deadline");
    }

    @Override
    public CallStatus status() {
        return CallStatus.RINGING;
    }

    /** True once nobody answered in time. */
    public boolean isDue(Instant now) {
        return !now.isBefore(deadline);
    }

    public Active accept(SessionId on, Instant at) {
        return new Active(at, on, MediaPresence.NOBODY);
    }

    public Declined decline(Instant at) {
        return new Declined(at);
    }

    public Cancelled cancel(Instant at) {
        return new Cancelled(at);
    }

    public Missed miss(Instant at) {
        return new Missed(at);
    }
}
