package dev.parley.domain.meeting;

import dev.parley.domain.account.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One user's place in a meeting. {@code joinedAt} is the latest time they were let in (null while they have only
 * waited), {@code leftAt} when they last left or were removed. {@code displayName} is read with the row, for views.
 */
public record MeetingParticipant(MeetingId meetingId, UserId userId, String displayName, MeetingRole role,
                                 ParticipantStatus status, Instant joinedAt, Instant leftAt, MediaState media) {
    public MeetingParticipant {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(media, "media");
        displayName = displayName == null ? userId.toString() : displayName;
    }

    public static MeetingParticipant waiting(MeetingId meeting, UserId user, String name, MeetingRole role) {
        return new MeetingParticipant(meeting, user, name, role, ParticipantStatus.WAITING, null, null,
                MediaState.initial(false));
    }

    public boolean isJoined() {
        return status == ParticipantStatus.JOINED;
    }

    /** Let in (again): joined now, starting muted when the meeting says so. */
    public MeetingParticipant joined(Instant at, boolean startMuted) {
        return new MeetingParticipant(meetingId, userId, displayName, role, ParticipantStatus.JOINED, at, null,
                MediaState.initial(startMuted));
    }

    public MeetingParticipant left(Instant at) {
        return new MeetingParticipant(meetingId, userId, displayName, role, ParticipantStatus.LEFT, joinedAt, at,
                MediaState.initial(false));
    }

    public MeetingParticipant removed(Instant at) {
        return new MeetingParticipant(meetingId, userId, displayName, role, ParticipantStatus.REMOVED, joinedAt, at,
                MediaState.initial(false));
    }

    public MeetingParticipant withRole(MeetingRole next) {
        return new MeetingParticipant(meetingId, userId, displayName, next, status, joinedAt, leftAt, media);
    }

    public MeetingParticipant withMedia(MediaState next) {
        return new MeetingParticipant(meetingId, userId, displayName, role, status, joinedAt, leftAt, next);
    }
}
