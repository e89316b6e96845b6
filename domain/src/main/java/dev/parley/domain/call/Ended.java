package dev.parley.domain.call;

import dev.parley.domain.account.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An answered call that is over. {@code endedBy} is the party who pressed end, and is present exactly when
 * the reason is {@link EndReason#HANGUP}.
 */
public record Ended(Instant answeredAt, Instant endedAt, EndReason reason, UserId endedBy) implements CallState.Finished {
    public Ended {
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(reason, "reason");
        if (reason != EndReason.HANGUP && reason != EndReason.PARTICIPANTS_LEFT && reason != EndReason.ROOM_FINISHED) {
            throw new IllegalArgumentException("an answered call cannot end by " + reason);
        }
        if ((reason == EndReason.HANGUP) != (endedBy != null)) {
            throw new IllegalArgumentException("endedBy is set exactly for a hang-up");
        }
        if (endedAt.isBefore(answeredAt)) {
            endedAt = answeredAt;
        }
    }

    @Override
    public CallStatus status() {
        return CallStatus.ENDED;
    }

    /** Whole seconds between answer and end. */
    public long durationSeconds() {
        return Duration.between(answeredAt, endedAt).toSeconds();
    }
}
