package dev.parley.application.call;

import java.time.Duration;
import java.util.Objects;

/** How long a call rings before it is missed. */
public record CallSettings(Duration ringTimeout) {
    public CallSettings {
        Objects.requireNonNull(ringTimeout, "ringTimeout");
        if (ringTimeout.isNegative() || ringTimeout.isZero()) {
            throw new IllegalArgumentException("the ring timeout must be positive");
        }
    }
}
