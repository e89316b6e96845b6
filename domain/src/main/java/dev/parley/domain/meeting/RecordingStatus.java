package dev.parley.domain.meeting;

import java.util.Locale;

/** Where a meeting's recording stands: never started, running, or stopped (its file may follow). */
public enum RecordingStatus {
    IDLE, ACTIVE, STOPPED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
