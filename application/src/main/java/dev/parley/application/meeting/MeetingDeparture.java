package dev.parley.application.meeting;

import dev.parley.domain.account.UserId;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingEvent;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.meeting.ParticipantStatus;
import dev.parley.domain.meeting.out.MeetingParticipants;
import java.time.Instant;
import java.util.Set;

/**
 * Someone leaves a locked meeting (they asked, or LiveKit saw them go): a waiting user simply stops waiting; a
 * joined one leaves the chat, the joined (and their own devices) hear {@code meeting.participant_left}, and
 * the last one out starts the empty grace. Anyone already gone is left as they are.
 */
final class MeetingDeparture {
    private final MeetingParticipants participants;
    private final MeetingAccess access;
    private final MeetingEntry entry;

    MeetingDeparture(MeetingParticipants participants, MeetingAccess access, MeetingEntry entry) {
        this.participants = participants;
        this.access = access;
        this.entry = entry;
    }

    MeetingParticipant leave(Meeting meeting, MeetingParticipant participant, Instant now, AfterCommit after) {
        if (participant.status() != ParticipantStatus.JOINED && participant.status() != ParticipantStatus.WAITING) {
            return participant;
        }
        MeetingParticipant gone = participant.left(now);
        participants.save(gone);
        if (participant.status() == ParticipantStatus.JOINED) {
            UserId user = participant.userId();
            Meeting current = entry.exited(meeting, user, false, now, after);
            Set<UserId> told = access.joined(meeting.id());
            told.add(user);
            after.event(new MeetingEvent(MeetingEvent.Kind.PARTICIPANT_LEFT, current, gone, told));
            after.media(media -> media.removeParticipant(meeting.room(), user));
        }
        return gone;
    }
}
