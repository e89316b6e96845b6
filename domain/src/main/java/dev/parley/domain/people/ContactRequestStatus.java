package dev.parley.domain.people;

import java.util.Locale;

/** Where a contact request stands; only {@code PENDING} can move, and only once. */
public enum ContactRequestStatus {
    PENDING, ACCEPTED, DECLINED, CANCELLED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ContactRequestStatus fromWire(String raw) {
        return valueOf(raw.toUpperCase(Locale.ROOT));
    }
}
