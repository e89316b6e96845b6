package dev.parley.domain.meeting;

import dev.parley.domain.shared.ParleyException;
import java.util.Locale;

/** A participant's role: the one host, moderators who help run the meeting, and guests. */
public enum MeetingRole {
    HOST, MODERATOR, GUEST;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Host and moderators admit, remove and mute. */
    public boolean moderates() {
        return this != GUEST;
    }

    public static MeetingRole parse(String field, String raw) {
        for (MeetingRole role : values()) {
            if (role.wire().equals(raw)) {
                return role;
            }
        }
        throw ParleyException.invalid(field, "must be host, moderator or guest");
    }
}
