package dev.parley.domain.meeting.out;

import dev.parley.domain.account.UserId;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingCode;
import dev.parley.domain.meeting.MeetingId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outgoing port: where meetings live. Participants are {@link MeetingParticipants}. */
public interface MeetingRepository {
    /** Stores a new meeting; false (nothing stored) when its code is already taken, so the caller draws another. */
    boolean insert(Meeting meeting);

    Optional<Meeting> find(MeetingId id);

    Optional<Meeting> findByCode(MeetingCode code);

    /** Loads the meeting and locks it until the current transaction ends: joins, leaves and ends serialise on it. */
    Optional<Meeting> lock(MeetingId id);

    /**
     * Writes the meeting's details, settings, host, state and recording. The meeting's chat conversation follows:
     * its name is the title, and it is read-only for guests while {@code allow_chat} is off.
     */
    void update(Meeting meeting);

    /** Meetings {@code user} hosts or has been let into, newest first, strictly older than {@code before} when given. */
    List<Meeting> listFor(UserId user, MeetingId before, int limit);

    /**
     * Locks up to {@code limit} meetings that are not ended yet but are past their expiry, or active with nobody
     * joined for {@code emptyGrace}, skipping any another node is handling right now.
     */
    List<Meeting> claimDue(Instant now, Duration emptyGrace, int limit);

    /** The meeting whose recording is the egress {@code egressId}. */
    Optional<Meeting> findByEgress(String egressId);
}
