package dev.parley.persistence.meeting;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.meeting.EndReason;
import dev.parley.domain.meeting.MediaState;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingCode;
import dev.parley.domain.meeting.MeetingDetails;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.meeting.MeetingRole;
import dev.parley.domain.meeting.MeetingSettings;
import dev.parley.domain.meeting.MeetingState;
import dev.parley.domain.meeting.ParticipantStatus;
import dev.parley.domain.meeting.Recording;
import dev.parley.domain.meeting.RecordingStatus;
import dev.parley.persistence.database.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/** Converts {@code meetings} and {@code meeting_participants} rows to the domain. */
final class MeetingRows {
    private MeetingRows() {
    }

    static Meeting meeting(ResultSet rs) throws SQLException {
        MeetingDetails details = new MeetingDetails(rs.getString("title"), rs.getString("description"),
                Timestamps.read(rs, "scheduled_at"), rs.getInt("duration_minutes"));
        MeetingSettings settings = new MeetingSettings(rs.getInt("max_participants"), rs.getBoolean("waiting_room"),
                rs.getBoolean("mute_on_join"), rs.getBoolean("allow_chat"));
        Recording recording = new Recording(upper(RecordingStatus.class, rs.getString("recording_status")),
                rs.getString("recording_egress_id"), rs.getString("recording_location"),
                rs.getObject("recording_file_id", UUID.class), rs.getObject("recording_output_id", UUID.class));
        return Meeting.restore(new MeetingId(rs.getObject("id", UUID.class)), new MeetingCode(rs.getString("code")),
                new ConversationId(rs.getObject("conversation_id", UUID.class)),
                new UserId(rs.getObject("host_id", UUID.class)), details, settings, Timestamps.read(rs, "created_at"),
                state(rs), recording);
    }

    private static MeetingState state(ResultSet rs) throws SQLException {
        return switch (rs.getString("status")) {
            case "scheduled" -> new MeetingState.Scheduled();
            case "active" -> new MeetingState.Active(Timestamps.read(rs, "started_at"), Timestamps.read(rs, "empty_since"));
            case "ended" -> new MeetingState.Ended(Timestamps.read(rs, "started_at"), Timestamps.read(rs, "ended_at"),
                    upper(EndReason.class, rs.getString("end_reason")));
            default -> throw new IllegalStateException("unknown meeting status " + rs.getString("status"));
        };
    }

    static MeetingParticipant participant(ResultSet rs) throws SQLException {
        return new MeetingParticipant(new MeetingId(rs.getObject("meeting_id", UUID.class)),
                new UserId(rs.getObject("user_id", UUID.class)), rs.getString("display_name"),
                upper(MeetingRole.class, rs.getString("role")), upper(ParticipantStatus.class, rs.getString("status")),
                Timestamps.read(rs, "joined_at"), Timestamps.read(rs, "left_at"),
                new MediaState(rs.getBoolean("is_muted"), rs.getBoolean("is_video_on"), rs.getBoolean("is_sharing")));
    }

    private static <E extends Enum<E>> E upper(Class<E> type, String wire) {
        return Enum.valueOf(type, wire.toUpperCase(Locale.ROOT));
    }
}
