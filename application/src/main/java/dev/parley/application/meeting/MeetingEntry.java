package dev.parley.application.meeting;

import dev.parley.domain.account.UserId;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingEvent;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.meeting.MeetingStatus;
import dev.parley.domain.meeting.out.MeetingChat;
import dev.parley.domain.meeting.out.MeetingRepository;
import java.time.Instant;
import java.util.Set;

/**
 * What follows when someone is let into a meeting (by joining or by being admitted), inside the letting-in
 * transaction: the meeting starts or stops being empty, the chat takes them in, the joined hear of it, and a
 * meeting that just started gets its media room after commit.
 */
final class MeetingEntry {
    private final MeetingRepository meetings;
    private final MeetingAccess access;
    private final MeetingChat chat;

    MeetingEntry(MeetingRepository meetings, MeetingAccess access, MeetingChat chat) {
        this.meetings = meetings;
        this.access = access;
        this.chat = chat;
    }

    /** Returns the meeting as it now is. */
    Meeting entered(Meeting meeting, MeetingParticipant participant, Instant now, AfterCommit after) {
        Meeting occupied = meeting.occupied(now);
        if (!occupied.state().equals(meeting.state())) {
            meetings.update(occupied);
        }
        if (meeting.status() == MeetingStatus.SCHEDULED) {
            after.media(media -> media.openRoom(occupied.room(), occupied.settings().maxParticipants()));
        }
        after.events(chat.entered(occupied, participant, now));
        Set<UserId> joined = access.joined(occupied.id());
        after.event(new MeetingEvent(MeetingEvent.Kind.PARTICIPANT_JOINED, occupied, participant, joined));
        return occupied;
    }

    /**
     * {@code user} is no longer in the meeting (left or removed): the chat lets them go and, when nobody is left,
     * the empty grace starts counting. Returns the meeting as it now is.
     */
    Meeting exited(Meeting meeting, UserId user, boolean removed, Instant now, AfterCommit after) {
        after.events(chat.exited(meeting, user, removed, now));
        if (!access.joined(meeting.id()).isEmpty()) {
            return meeting;
        }
        Meeting emptied = meeting.emptied(now);
        if (!emptied.state().equals(meeting.state())) {
            meetings.update(emptied);
        }
        return emptied;
    }
}
