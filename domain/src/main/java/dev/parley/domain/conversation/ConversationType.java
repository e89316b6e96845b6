package dev.parley.domain.conversation;

import dev.parley.domain.shared.ParleyException;
import java.util.Locale;

/** The kinds of conversation: two people, a group with roles, or one-to-many where only owner/admins post. */
public enum ConversationType {
    DIRECT, GROUP, BROADCAST;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConversationType parse(String field, String raw) {
        for (ConversationType type : values()) {
            if (type.wire().equals(raw)) {
                return type;
            }
        }
        throw ParleyException.invalid(field, "must be direct, group or broadcast");
    }
}
