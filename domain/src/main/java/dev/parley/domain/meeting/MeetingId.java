package dev.parley.domain.meeting;

import dev.parley.domain.shared.Ids;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of a meeting. */
public record MeetingId(UUID value) {
    private static final String ROOM_PREFIX = "meeting-";

    public MeetingId {
        Objects.requireNonNull(value, "value");
    }

    public static MeetingId parse(String field, String raw) {
        return new MeetingId(Ids.parse(field, raw));
    }

    /** The opaque LiveKit room of this meeting: derived from its id, never from its title. */
    public String room() {
        return ROOM_PREFIX + value;
    }

    /** The meeting a LiveKit room belongs to, if the room is a meeting's at all. */
    public static Optional<MeetingId> ofRoom(String room) {
        if (room == null || !room.startsWith(ROOM_PREFIX) || room.length() != ROOM_PREFIX.length() + 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MeetingId(UUID.fromString(room.substring(ROOM_PREFIX.length()))));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
