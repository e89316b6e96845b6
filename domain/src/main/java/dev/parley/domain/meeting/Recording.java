package dev.parley.domain.meeting;

import java.util.Objects;
import java.util.UUID;

/**
 * A meeting's recording: its status, the LiveKit egress that produces it, the Parley file id chosen when it
 * started ({@code outputId}: the egress writes straight to that file's storage key), and once finished where the
 * egress says it wrote ({@code location}) and the Parley file registered from those bytes ({@code fileId}; null
 * until the bytes are there, and for ever when the egress failed).
 */
public record Recording(RecordingStatus status, String egressId, String location, UUID fileId, UUID outputId) {
    public static final Recording IDLE = new Recording(RecordingStatus.IDLE, null, null, null, null);

    public Recording {
        Objects.requireNonNull(status, "status");
    }

    public Recording started(String egress, UUID output) {
        return new Recording(RecordingStatus.ACTIVE, egress, null, null, output);
    }

    public Recording stopped() {
        return new Recording(RecordingStatus.STOPPED, egressId, location, fileId, outputId);
    }

    public Recording finished(String output) {
        return new Recording(RecordingStatus.STOPPED, egressId, output, fileId, outputId);
    }

    /** The egress's file is now the Parley file {@code outputId}. */
    public Recording filed() {
        return new Recording(RecordingStatus.STOPPED, egressId, location, outputId, outputId);
    }
}
