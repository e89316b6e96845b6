package dev.parley.application.meeting;

import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.meeting.MeetingRole;
import dev.parley.domain.meeting.ParticipantStatus;
import dev.parley.domain.meeting.out.MeetingParticipants;
import dev.parley.domain.meeting.out.MeetingRepository;
import dev.parley.domain.shared.ParleyException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The look-ups every meeting use case starts with: the meeting (404 when unknown), the caller's place in it,
 * and who is joined (the audience of most {@code meeting.*} events).
 */
final class MeetingAccess {
    private final MeetingRepository meetings;
    private final MeetingParticipants participants;
    private final UserRepository users;

    MeetingAccess(MeetingRepository meetings, MeetingParticipants participants, UserRepository users) {
        this.meetings = meetings;
        this.participants = participants;
        this.users = users;
    }

    Meeting find(MeetingId id) {
        return meetings.find(id).orElseThrow(MeetingAccess::notFound);
    }

    Meeting lock(MeetingId id) {
        return meetings.lock(id).orElseThrow(MeetingAccess::notFound);
    }

    /** {@code meeting}, when {@code user} hosts it or ever asked to join it; to anyone else it does not exist. */
    Meeting requireVisible(Meeting meeting, UserId user) {
        if (!meeting.isHost(user) && participants.find(meeting.id(), user).isEmpty()) {
            throw notFound();
        }
        return meeting;
    }

    Optional<MeetingParticipant> participant(MeetingId id, UserId user) {
        return participants.find(id, user);
    }

    /**
     * The acting user as a participant: their row, or for a host who has not joined a stand-in with the host
     * role. Anyone else is a stranger to the meeting: {@code not_found}.
     */
    MeetingParticipant actor(Meeting meeting, UserId user) {
        Optional<MeetingParticipant> found = participants.find(meeting.id(), user);
        if (meeting.isHost(user)) {
            return found.map(p -> p.withRole(MeetingRole.HOST))
                    .orElseGet(() -> MeetingParticipant.waiting(meeting.id(), user, displayName(user), MeetingRole.HOST));
        }
        return found.orElseThrow(MeetingAccess::notFound);
    }

    MeetingParticipant target(Meeting meeting, UserId user) {
        return participants.find(meeting.id(), user).orElseThrow(() -> ParleyException.notFound("participant"));
    }

    /** Users joined right now. */
    Set<UserId> joined(MeetingId id) {
        return participants.all(id).stream().filter(p -> p.status() == ParticipantStatus.JOINED)
                .map(MeetingParticipant::userId).collect(Collectors.toCollection(java.util.HashSet::new));
    }

    /** The host and the joined moderators: who hears that someone waits. */
    Set<UserId> moderators(Meeting meeting) {
        Set<UserId> moderators = participants.all(meeting.id()).stream()
                .filter(p -> p.status() == ParticipantStatus.JOINED && p.role() == MeetingRole.MODERATOR)
                .map(MeetingParticipant::userId).collect(Collectors.toCollection(java.util.HashSet::new));
        moderators.add(meeting.host());
        return moderators;
    }

    List<MeetingParticipant> all(MeetingId id) {
        return participants.all(id);
    }

    String displayName(UserId user) {
        return users.findById(user).map(found -> found.displayName()).orElse(user.toString());
    }

    static ParleyException notFound() {
        return ParleyException.notFound("meeting");
    }
}
