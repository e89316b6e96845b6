package dev.parley.domain.meeting.out;

import dev.parley.domain.account.UserId;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingParticipant;
import java.util.List;
import java.util.Optional;

/** Outgoing port: the participants of meetings, with their display names read alongside. */
public interface MeetingParticipants {
    Optional<MeetingParticipant> find(MeetingId meeting, UserId user);

    /** Everyone who ever asked to join: joined first, then waiting, left and removed; each group by join time. */
    List<MeetingParticipant> all(MeetingId meeting);

    /** How many are joined right now (what capacity counts). */
    int countJoined(MeetingId meeting);

    /** Inserts or overwrites the participant's role, status, times and media state. */
    void save(MeetingParticipant participant);
}
