package dev.parley.domain.conversation;

import java.util.Locale;

/** What a message is: written by a user, a membership notice, or a file. */
public enum MessageType {
    TEXT, SYSTEM, FILE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MessageType fromWire(String raw) {
        return valueOf(raw.toUpperCase(Locale.ROOT));
    }
}
