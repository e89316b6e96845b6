package dev.parley.domain.meeting.in;

import dev.parley.domain.account.Principal;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingDetails;
import dev.parley.domain.meeting.MeetingSettings;

/** Use case: create (and schedule) a meeting; the caller hosts it. */
@FunctionalInterface
public interface ScheduleMeetingUseCase {
    Meeting schedule(Principal host, Command command);

    /** What the meeting is and how it runs. */
    record Command(MeetingDetails details, MeetingSettings settings) {
    }
}
