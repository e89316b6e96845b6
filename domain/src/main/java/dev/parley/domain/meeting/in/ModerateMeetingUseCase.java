package dev.parley.domain.meeting.in;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.UserId;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.meeting.MeetingRole;

/** Use case: host and moderator controls: admit, remove, mute; the host changes roles. */
public interface ModerateMeetingUseCase {
    MeetingParticipant admit(Principal actor, MeetingId id, UserId target);

    MeetingParticipant remove(Principal actor, MeetingId id, UserId target);

    MeetingParticipant mute(Principal actor, MeetingId id, UserId target);

    MeetingParticipant changeRole(Principal actor, MeetingId id, UserId target, MeetingRole role);
}
