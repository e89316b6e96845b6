package dev.parley.domain.call;

import java.util.Locale;

/** The lifecycle position of a call as clients see it. */
public enum CallStatus {
    RINGING, ACTIVE, DECLINED, CANCELLED, MISSED, ENDED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Ringing and active calls hold both parties: neither can be in another call meanwhile. */
    public boolean isLive() {
        return this == RINGING || this == ACTIVE;
    }
}
