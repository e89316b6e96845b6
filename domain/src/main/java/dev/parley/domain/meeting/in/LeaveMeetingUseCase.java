package dev.parley.domain.meeting.in;

import dev.parley.domain.account.Principal;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingParticipant;

/** Use case: a participant leaves; the host ends the meeting for everyone. */
public interface LeaveMeetingUseCase {
    MeetingParticipant leave(Principal user, MeetingId id);

    Meeting end(Principal host, MeetingId id);
}
