package dev.parley.domain.call;

import java.util.Objects;

/** One verified LiveKit webhook event, reduced to what calls care about; {@code participant} is a user id or null. */
public record MediaEvent(Kind kind, String id, String room, String participant) {
    /** The webhook events that move a call; everything else is {@link #OTHER}. */
    public enum Kind { PARTICIPANT_JOINED, PARTICIPANT_LEFT, ROOM_FINISHED, OTHER }

    public MediaEvent {
        Objects.requireNonNull(kind, "kind");
    }
}
