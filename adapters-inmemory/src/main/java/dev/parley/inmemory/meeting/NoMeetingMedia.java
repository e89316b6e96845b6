package dev.parley.inmemory.meeting;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.StorageKey;
import dev.parley.domain.meeting.out.MeetingMedia;
import java.util.Optional;

/**
 * Adapter for a core without a media server: room operations do nothing (the port is best effort and never throws
 * by contract) and no recording ever starts, so the meeting's state in the core stays the truth.
 */
public final class NoMeetingMedia implements MeetingMedia {
    @Override
    public void openRoom(String room, int maxParticipants) {
        // No media server: nothing to create.
    }

    @Override
    public void closeRoom(String room) {
        // No media server: nothing to delete.
    }

    @Override
    public void removeParticipant(String room, UserId user) {
        // No media server: nobody is connected to disconnect.
    }

    @Override
    public void muteMicrophone(String room, UserId user) {
        // No media server: no track to mute.
    }

    @Override
    public Optional<String> startRecording(String room, StorageKey output) {
        return Optional.empty();
    }

    @Override
    public void stopRecording(String egressId) {
        // No recording was ever started.
    }
}
