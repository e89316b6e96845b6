package dev.parley.application.meeting;

import dev.parley.domain.account.UserId;
import dev.parley.domain.meeting.EndReason;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingEvent;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.meeting.ParticipantStatus;
import dev.parley.domain.meeting.RecordingStatus;
import dev.parley.domain.meeting.out.MeetingChat;
import dev.parley.domain.meeting.out.MeetingParticipants;
import dev.parley.domain.meeting.out.MeetingRepository;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ends a locked meeting inside the caller's transaction, whoever ends it (the host, a cancel, the timers):
 * everyone still in it or waiting has left, the chat says so, a running recording stops; after commit
 * everyone who was in it hears {@code meeting.ended}, is removed from the media room, and the room is deleted.
 */
final class MeetingEnding {
    private final MeetingRepository meetings;
    private final MeetingParticipants participants;
    private final MeetingChat chat;

    MeetingEnding(MeetingRepository meetings, MeetingParticipants participants, MeetingChat chat) {
        this.meetings = meetings;
        this.participants = participants;
        this.chat = chat;
    }

    Meeting end(Meeting locked, EndReason reason, Instant now, AfterCommit after) {
        Meeting over = locked.end(reason, now);
        if (over.recording().status() == RecordingStatus.ACTIVE) {
            String egress = over.recording().egressId();
            over = over.withRecording(over.recording().stopped());
            if (egress != null) {
                after.media(media -> media.stopRecording(egress));
            }
        }
        Meeting ended = over;
        meetings.update(ended);
        Set<UserId> told = new HashSet<>();
        told.add(ended.host());
        List<MeetingParticipant> everyone = participants.all(ended.id());
        for (MeetingParticipant participant : everyone) {
            if (participant.status() == ParticipantStatus.JOINED) {
                told.add(participant.userId());
                after.events(chat.exited(ended, participant.userId(), false, now));
                after.media(media -> media.removeParticipant(ended.room(), participant.userId()));
            }
            if (participant.status() == ParticipantStatus.JOINED || participant.status() == ParticipantStatus.WAITING) {
                told.add(participant.userId());
                participants.save(participant.left(now));
            }
        }
        MeetingParticipant host = everyone.stream().filter(p -> p.userId().equals(ended.host())).findFirst().orElse(null);
        after.event(new MeetingEvent(MeetingEvent.Kind.ENDED, ended, host == null ? null : host.left(now), told));
        after.media(media -> media.closeRoom(ended.room()));
        return ended;
    }
}
