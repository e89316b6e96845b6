package dev.parley.domain.meeting.in;

import dev.parley.domain.account.Principal;
import dev.parley.domain.call.MediaGrant;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingCode;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingParticipant;
import java.util.Optional;

/** Use case: join by code (or wait to be admitted), and fetch a fresh media token while joined. */
public interface JoinMeetingUseCase {
    Joined join(Principal user, MeetingCode code);

    /** A fresh token for a joined participant; {@code forbidden} while waiting. */
    MediaGrant token(Principal user, MeetingId id);

    /** The meeting, the caller's place in it, and its media token unless it waits. */
    record Joined(Meeting meeting, MeetingParticipant participant, Optional<MediaGrant> grant) {
    }
}
