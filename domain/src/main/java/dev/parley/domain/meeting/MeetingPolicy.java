package dev.parley.domain.meeting;

import dev.parley.domain.account.UserId;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.time.Instant;
import java.util.Optional;

/**
 * Who may do what in a meeting. Every method returns the outcome or throws the rejection: strangers get
 * {@code not_found} (a meeting's people are never leaked), guests trying host controls {@code forbidden}.
 */
public final class MeetingPolicy {
    private MeetingPolicy() {
    }

    /**
     * Where {@code user} stands after asking to join: let in, or waiting. {@code joined} counts the meeting's
     * joined participants right now (the caller holds the meeting's lock). Joining again while joined keeps
     * the participant as it is; the host never waits; a removed user cannot come back.
     */
    public static MeetingParticipant join(Meeting meeting, UserId user, String displayName,
                                          Optional<MeetingParticipant> existing, int joined, Instant now) {
        meeting.requireOpen(now);
        if (existing.isPresent()) {
            MeetingParticipant known = existing.get();
            switch (known.status()) {
                case REMOVED -> throw ParleyException.forbidden("you were removed from this meeting");
                case JOINED -> {
                    return known;
                }
                case WAITING -> {
                    if (!meeting.isHost(user)) {
                        return known;
                    }
                }
                case LEFT -> {
                    // comes back below, through the same door as a first join
                }
            }
        }
        MeetingRole role = meeting.isHost(user) ? MeetingRole.HOST
                : existing.map(MeetingParticipant::role).filter(r -> r != MeetingRole.HOST).orElse(MeetingRole.GUEST);
        MeetingParticipant participant = existing.map(p -> p.withRole(role))
                .orElseGet(() -> MeetingParticipant.waiting(meeting.id(), user, displayName, role));
        if (meeting.settings().waitingRoom() && role == MeetingRole.GUEST) {
            return MeetingParticipant.waiting(meeting.id(), user, participant.displayName(), role);
        }
        requireRoom(meeting, joined);
        return participant.joined(now, startsMuted(meeting, role));
    }

    /** A host or moderator lets a waiting participant in, capacity permitting. */
    public static MeetingParticipant admit(Meeting meeting, MeetingParticipant actor, MeetingParticipant target,
                                           int joined, Instant now) {
        meeting.requireOpen(now);
        requireModerator(meeting, actor);
        if (target.status() == ParticipantStatus.JOINED) {
            return target;
        }
        if (target.status() != ParticipantStatus.WAITING) {
            throw ParleyException.conflict("only a waiting participant can be admitted");
        }
        requireRoom(meeting, joined);
        return target.joined(now, startsMuted(meeting, target.role()));
    }

    /** A host or moderator removes someone who is not the host; they cannot rejoin. */
    public static MeetingParticipant remove(Meeting meeting, MeetingParticipant actor, MeetingParticipant target,
                                            Instant now) {
        meeting.requireOpen(now);
        requireModerator(meeting, actor);
        if (meeting.isHost(target.userId())) {
            throw ParleyException.forbidden("the host cannot be removed");
        }
        if (actor.userId().equals(target.userId())) {
            throw ParleyException.conflict("leave the meeting instead of removing yourself");
        }
        if (target.role() == MeetingRole.MODERATOR && !meeting.isHost(actor.userId())) {
            throw ParleyException.forbidden("only the host removes a moderator");
        }
        return target.status() == ParticipantStatus.REMOVED ? target : target.removed(now);
    }

    /** A host or moderator mutes a joined participant's microphone. */
    public static MeetingParticipant mute(Meeting meeting, MeetingParticipant actor, MeetingParticipant target,
                                          Instant now) {
        meeting.requireOpen(now);
        requireModerator(meeting, actor);
        if (!target.isJoined()) {
            throw ParleyException.conflict("only a joined participant can be muted");
        }
        MediaState media = target.media();
        return target.withMedia(new MediaState(true, media.videoOn(), media.sharing()));
    }

    /** Only the host changes roles; giving someone {@code host} hands the meeting over. */
    public static void requireMayChangeRole(Meeting meeting, MeetingParticipant actor, MeetingParticipant target,
                                            Instant now) {
        meeting.requireOpen(now);
        if (!meeting.isHost(actor.userId())) {
            throw ParleyException.forbidden("only the host changes roles");
        }
        if (actor.userId().equals(target.userId())) {
            throw ParleyException.conflict("the host hands the meeting over by giving another participant the host role");
        }
        if (target.status() == ParticipantStatus.REMOVED) {
            throw ParleyException.conflict("a removed participant has no role to change");
        }
    }

    /** Host and moderators run the meeting; guests get {@code forbidden}. */
    public static void requireModerator(Meeting meeting, MeetingParticipant actor) {
        boolean host = meeting.isHost(actor.userId());
        if (!host && (actor.role() != MeetingRole.MODERATOR || actor.status() != ParticipantStatus.JOINED)) {
            throw ParleyException.forbidden("only the host and moderators can do this");
        }
    }

    /** Reading the participants or the chat: the host, and whoever is in the meeting right now. */
    public static void requireInside(Meeting meeting, Optional<MeetingParticipant> caller) {
        boolean inside = caller.map(MeetingParticipant::isJoined).orElse(false);
        if (!inside && !(caller.isPresent() && meeting.isHost(caller.get().userId()))) {
            throw new ParleyException(ErrorCode.NOT_A_PARTICIPANT, "only participants who joined the meeting can do this");
        }
    }

    /** Guests start muted when the meeting says so; the host and moderators never do. */
    public static boolean startsMuted(Meeting meeting, MeetingRole role) {
        return meeting.settings().muteOnJoin() && role == MeetingRole.GUEST;
    }

    private static void requireRoom(Meeting meeting, int joined) {
        if (joined >= meeting.settings().maxParticipants()) {
            throw new ParleyException(ErrorCode.MEETING_FULL,
                    "the meeting is full (" + meeting.settings().maxParticipants() + " participants)");
        }
    }
}
