package dev.parley.domain.meeting.in;

import dev.parley.domain.account.Principal;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingId;

/** Use case: the host starts and stops the meeting's recording. */
public interface RecordMeetingUseCase {
    Meeting start(Principal host, MeetingId id);

    Meeting stop(Principal host, MeetingId id);
}
