package dev.parley.domain.call;

import dev.parley.domain.account.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One verified LiveKit webhook event, reduced to what calls and meetings care about: {@code participant} is a
 * user id or null, {@code createdAt} when LiveKit says it happened (whole seconds; null when absent), {@code track}
 * for track events and {@code egress} for recording events.
 */
public record MediaEvent(Kind kind, String id, String room, String participant, Instant createdAt, Track track,
                         Egress egress) {
    /** The webhook events that move a call or a meeting; everything else is {@link #OTHER}. */
    public enum Kind {
        PARTICIPANT_JOINED, PARTICIPANT_LEFT, ROOM_FINISHED,
        TRACK_PUBLISHED, TRACK_UNPUBLISHED, TRACK_MUTED, TRACK_UNMUTED,
        EGRESS_STARTED, EGRESS_UPDATED, EGRESS_ENDED,
        OTHER
    }

    /** What a published track carries. */
    public enum Source { MICROPHONE, CAMERA, SCREEN_SHARE, OTHER }

    /** The track a track event is about, and whether it is muted according to the event. */
    public record Track(String sid, Source source, boolean muted) {
        public Track {
            Objects.requireNonNull(sid, "sid");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * The egress (recording) an egress event is about; {@code location} is where a finished one wrote its file,
     * {@code completed} whether it finished with a file (false while running, and for a failed or aborted one).
     */
    public record Egress(String id, String location, boolean completed) {
        public Egress {
            Objects.requireNonNull(id, "id");
        }
    }

    public MediaEvent {
        Objects.requireNonNull(kind, "kind");
    }

    public MediaEvent(Kind kind, String id, String room, String participant) {
        this(kind, id, room, participant, null, null, null);
    }

    /** The participant as a Parley user, when its LiveKit identity is a user id (Parley's tokens make it one). */
    public Optional<UserId> user() {
        if (participant == null || participant.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UserId(UUID.fromString(participant)));
        } catch (IllegalArgumentException notAUser) {
            return Optional.empty();
        }
    }
}
