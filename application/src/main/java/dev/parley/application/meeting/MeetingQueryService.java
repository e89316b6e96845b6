package dev.parley.application.meeting;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingCode;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.meeting.MeetingPolicy;
import dev.parley.domain.meeting.in.MeetingQueriesUseCase;
import dev.parley.domain.meeting.out.MeetingParticipants;
import dev.parley.domain.meeting.out.MeetingRepository;
import dev.parley.domain.shared.Page;
import java.util.List;

/** Reads of meetings: mine (keyset by id, which is time-ordered), one, one by code, and the participants. */
public final class MeetingQueryService implements MeetingQueriesUseCase {
    private final MeetingRepository meetings;
    private final MeetingAccess access;

    public MeetingQueryService(MeetingRepository meetings, MeetingParticipants participants, UserRepository users) {
        this.meetings = meetings;
        this.access = new MeetingAccess(meetings, participants, users);
    }

    @Override
    public Page<Meeting> list(Principal caller, int limit, String cursor) {
        MeetingId before = cursor == null || cursor.isBlank() ? null : MeetingId.parse("cursor", cursor);
        List<Meeting> page = meetings.listFor(caller.userId(), before, limit + 1);
        boolean more = page.size() > limit;
        List<Meeting> shown = more ? page.subList(0, limit) : page;
        return new Page<>(shown, more ? shown.getLast().id().toString() : null);
    }

    @Override
    public Meeting get(Principal caller, MeetingId id) {
        return access.requireVisible(access.find(id), caller.userId());
    }

    @Override
    public Meeting byCode(Principal caller, MeetingCode code) {
        return meetings.findByCode(code).orElseThrow(MeetingAccess::notFound);
    }

    @Override
    public List<MeetingParticipant> participants(Principal caller, MeetingId id) {
        Meeting meeting = access.find(id);
        MeetingPolicy.requireInside(meeting, meeting.isHost(caller.userId())
                ? java.util.Optional.of(access.actor(meeting, caller.userId()))
                : access.participant(id, caller.userId()));
        return access.all(id);
    }
}
