package dev.parley.domain.conversation;

import dev.parley.domain.shared.ParleyException;
import java.util.Locale;

/** A participant's role: the owner (one per group), admins, and members. */
public enum Role {
    OWNER, ADMIN, MEMBER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for owner and admins, who manage the conversation. */
    public boolean manages() {
        return this != MEMBER;
    }

    public static Role parse(String field, String raw) {
        for (Role role : values()) {
            if (role.wire().equals(raw)) {
                return role;
            }
        }
        throw ParleyException.invalid(field, "must be owner, admin or member");
    }
}
