package dev.parley.domain.meeting;

import java.util.Locale;

/** Where a participant stands: in the waiting room, in the meeting, gone, or removed by a host or moderator. */
public enum ParticipantStatus {
    WAITING, JOINED, LEFT, REMOVED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
