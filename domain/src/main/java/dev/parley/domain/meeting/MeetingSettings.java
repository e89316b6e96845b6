package dev.parley.domain.meeting;

import dev.parley.domain.shared.ParleyException;

/** How a meeting runs: its capacity (joined participants), the waiting room, muting on join and the chat. */
public record MeetingSettings(int maxParticipants, boolean waitingRoom, boolean muteOnJoin, boolean allowChat) {
    public static final int MIN_PARTICIPANTS = 2;
    public static final int MAX_PARTICIPANTS = 500;
    public static final MeetingSettings DEFAULTS = new MeetingSettings(50, false, false, true);

    public MeetingSettings {
        if (maxParticipants < MIN_PARTICIPANTS || maxParticipants > MAX_PARTICIPANTS) {
            throw ParleyException.invalid("settings.max_participants",
                    "must be from " + MIN_PARTICIPANTS + " to " + MAX_PARTICIPANTS);
        }
    }
}
