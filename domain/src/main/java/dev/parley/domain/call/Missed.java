package dev.parley.domain.call;

import java.time.Instant;
import java.util.Objects;

/** Nobody answered within the ring timeout. */
public record Missed(Instant endedAt) implements CallState.Finished {
    public Missed {
        Objects.requireNonNull(endedAt, "endedAt");
    }

    @Override
    public CallStatus status() {
        return CallStatus.MISSED;
    }

    @Override
    public EndReason reason() {
        return EndReason.NO_ANSWER;
    }
}
