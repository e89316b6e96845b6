package dev.parley.domain.meeting;

import java.util.Locale;

/** Why a meeting is over. */
public enum EndReason {
    /** The host ended it for everyone. */
    HOST_ENDED,
    /** The host cancelled it (DELETE). */
    CANCELLED,
    /** It reached {@code expires_at}. */
    EXPIRED,
    /** Nobody was in it for the empty grace period. */
    EMPTY;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
