package dev.parley.domain.meeting;

import java.util.Locale;

/** The lifecycle position of a meeting as clients see it. */
public enum MeetingStatus {
    SCHEDULED, ACTIVE, ENDED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
