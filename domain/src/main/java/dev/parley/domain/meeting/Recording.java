package dev.parley.domain.meeting;

import java.util.Objects;
import java.util.UUID;

/**
 * A meeting's recording: its status, the LiveKit egress that produces it, and once finished where the egress
 * wrote the file ({@code location}) and the Parley file made of it ({@code fileId}, when files exist).
 */
public record Recording(RecordingStatus status, String egressId, String location, UUID fileId) {
    public static final Recording IDLE = new Recording(RecordingStatus.IDLE, null, null, null);

    public Recording {
        Objects.requireNonNull(status, "status");
    }

    public Recording started(String egress) {
        return new Recording(RecordingStatus.ACTIVE, egress, null, null);
    }

    public Recording stopped() {
        return new Recording(RecordingStatus.STOPPED, egressId, location, fileId);
    }

    public Recording finished(String output) {
        return new Recording(RecordingStatus.STOPPED, egressId, output, fileId);
    }
}
