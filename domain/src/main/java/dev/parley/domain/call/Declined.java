package dev.parley.domain.call;

import java.time.Instant;
import java.util.Objects;

/** The callee declined while it rang. */
public record Declined(Instant endedAt) implements CallState.Finished {
    public Declined {
        Objects.requireNonNull(endedAt, "endedAt");
    }

    @Override
    public CallStatus status() {
        return CallStatus.DECLINED;
    }

    @Override
    public EndReason reason() {
        return EndReason.DECLINED;
    }
}
