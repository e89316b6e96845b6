package dev.parley.application.meeting;

import java.time.Duration;
import java.util.Objects;

/** How long an active meeting may stay empty before it ends by itself. */
public record MeetingOptions(Duration emptyGrace) {
    public MeetingOptions {
        Objects.requireNonNull(emptyGrace, "emptyGrace");
        if (emptyGrace.isNegative()) {
            throw new IllegalArgumentException("the empty grace must not be negative");
        }
    }
}
