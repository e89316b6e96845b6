package dev.parley.domain.call;

import java.time.Instant;
import java.util.Objects;

/** The caller hung up while it rang. */
public record Cancelled(Instant endedAt) implements CallState.Finished {
    public Cancelled {
        Objects.requireNonNull(endedAt, "endedAt");
    }

    @Override
    public CallStatus status() {
        return CallStatus.CANCELLED;
    }

    @Override
    public EndReason reason() {
        return EndReason.CANCELLED;
    }
}
