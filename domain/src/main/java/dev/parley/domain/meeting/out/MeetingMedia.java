package dev.parley.domain.meeting.out;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.StorageKey;
import java.util.Optional;

/**
 * Outgoing port: the media server's side of meetings. Best effort by contract: PostgreSQL is the truth and a
 * later call or webhook reconciles, so implementations bound every call with timeouts, retry, log failures
 * and never throw (a slow or absent media server never fails a user's request).
 */
public interface MeetingMedia {
    /** Creates the meeting's room with its capacity. */
    void openRoom(String room, int maxParticipants);

    /** Deletes the room, disconnecting whoever is still in it. */
    void closeRoom(String room);

    /** Disconnects one participant (a removed user, or everyone when the meeting ends). */
    void removeParticipant(String room, UserId user);

    /** Mutes the participant's published microphone tracks. */
    void muteMicrophone(String room, UserId user);

    /**
     * Starts a room-composite MP4 recording written straight to {@code output} in Parley's file storage (the
     * bucket, or the files directory the egress server mounts at the same path); the egress id, or empty when
     * the media server did not start one.
     */
    Optional<String> startRecording(String room, StorageKey output);

    /** Stops a running recording. */
    void stopRecording(String egressId);
}
