package dev.parley.domain.meeting.in;

import dev.parley.domain.account.Principal;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingDetails;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingSettings;
import java.util.function.BiFunction;

/** Use case: the host edits the meeting (PATCH) or cancels it (DELETE: the meeting ends). */
public interface EditMeetingUseCase {
    /** {@code changes} turns the current details and settings into the new ones (a PATCH applies only what was sent). */
    Meeting edit(Principal host, MeetingId id, Changes changes);

    Meeting cancel(Principal host, MeetingId id);

    /** A partial update: given the current details and settings, the next ones. */
    @FunctionalInterface
    interface Changes extends BiFunction<MeetingDetails, MeetingSettings, Edited> {
    }

    /** Details and settings after an edit. */
    record Edited(MeetingDetails details, MeetingSettings settings) {
    }
}
