package dev.parley.domain.account;

import dev.parley.domain.shared.ParleyException;
import java.util.Locale;

/** Who a privacy setting lets through. */
public enum Reach {
    EVERYONE, CONTACTS, NOBODY;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Reach parse(String field, String raw) {
        for (Reach reach : values()) {
            if (reach.wire().equals(raw)) {
                return reach;
            }
        }
        throw ParleyException.invalid(field, "must be one of everyone, contacts, nobody");
    }
}
