package dev.parley.domain.meeting.in;

import dev.parley.domain.account.Principal;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingCode;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.shared.Page;
import java.util.List;

/** Use case: reading meetings (mine, one, one by code) and a meeting's participants. */
public interface MeetingQueriesUseCase {
    /** Meetings the caller hosts or was let into, newest first. */
    Page<Meeting> list(Principal caller, int limit, String cursor);

    /** A meeting the caller hosts or asked to join; anyone else gets {@code not_found}. */
    Meeting get(Principal caller, MeetingId id);

    /** Any signed-in user may look a code up: the code is the invitation. */
    Meeting byCode(Principal caller, MeetingCode code);

    /** For the host and joined participants only. */
    List<MeetingParticipant> participants(Principal caller, MeetingId id);
}
