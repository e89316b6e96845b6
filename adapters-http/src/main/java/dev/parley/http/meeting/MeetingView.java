package dev.parley.http.meeting;

import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingSettings;
import dev.parley.domain.meeting.MeetingState;
import dev.parley.domain.meeting.Recording;
import java.time.Instant;

/** The meeting object on the wire (also inside {@code meeting.ended}). */
public record MeetingView(String id, String code, String title, String description, String hostId, String status,
                          Instant scheduledAt, Instant startedAt, Instant endedAt, Instant expiresAt,
                          int durationMinutes, SettingsView settings, String joinUrl, RecordingView recording,
                          String conversationId, Instant createdAt) {

    /** {@code settings}. */
    public record SettingsView(int maxParticipants, boolean waitingRoom, boolean muteOnJoin, boolean allowChat) {
        static SettingsView from(MeetingSettings settings) {
            return new SettingsView(settings.maxParticipants(), settings.waitingRoom(), settings.muteOnJoin(),
                    settings.allowChat());
        }
    }

    /** {@code recording}: its status, and the Parley file once there is one. */
    public record RecordingView(String status, String fileId) {
        static RecordingView from(Recording recording) {
            return new RecordingView(recording.status().wire(),
                    recording.fileId() == null ? null : recording.fileId().toString());
        }
    }

    public static MeetingView from(Meeting meeting, MeetingLinks links) {
        Instant startedAt = switch (meeting.state()) {
            case MeetingState.Active active -> active.startedAt();
            case MeetingState.Ended ended -> ended.startedAt();
            case MeetingState.Scheduled scheduled -> null;
        };
        Instant endedAt = meeting.state() instanceof MeetingState.Ended ended ? ended.endedAt() : null;
        return new MeetingView(meeting.id().toString(), meeting.code().value(), meeting.details().title(),
                meeting.details().description(), meeting.host().toString(), meeting.status().wire(),
                meeting.details().scheduledAt(), startedAt, endedAt, meeting.expiresAt(),
                meeting.details().durationMinutes(), SettingsView.from(meeting.settings()),
                links.joinUrl(meeting.code()), RecordingView.from(meeting.recording()),
                meeting.conversationId().toString(), meeting.createdAt());
    }
}
