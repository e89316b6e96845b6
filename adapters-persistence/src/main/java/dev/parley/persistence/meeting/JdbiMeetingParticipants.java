package dev.parley.persistence.meeting;

import dev.parley.domain.account.UserId;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.meeting.out.MeetingParticipants;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.Timestamps;
import java.util.List;
import java.util.Optional;

/** Persistence adapter: meeting participants, read with the user's display name. */
public final class JdbiMeetingParticipants implements MeetingParticipants {
    private static final String SELECT = """
            SELECT mp.*, u.display_name FROM meeting_participants mp JOIN users u ON u.id = mp.user_id
            """;

    private final Database database;

    public JdbiMeetingParticipants(Database database) {
        this.database = database;
    }

    @Override
    public Optional<MeetingParticipant> find(MeetingId meeting, UserId user) {
        return database.withHandle(handle -> handle.createQuery(SELECT + " WHERE mp.meeting_id = :meeting AND mp.user_id = :user")
                .bind("meeting", meeting.value()).bind("user", user.value())
                .map((rs, ctx) -> MeetingRows.participant(rs)).findOne());
    }

    @Override
    public List<MeetingParticipant> all(MeetingId meeting) {
        return database.withHandle(handle -> handle.createQuery(SELECT + """
                         WHERE mp.meeting_id = :meeting
                         ORDER BY CASE mp.status WHEN 'joined' THEN 0 WHEN 'waiting' THEN 1 WHEN 'left' THEN 2 ELSE 3 END,
                                  mp.joined_at NULLS LAST, mp.user_id""")
                .bind("meeting", meeting.value()).map((rs, ctx) -> MeetingRows.participant(rs)).list());
    }

    @Override
    public int countJoined(MeetingId meeting) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT count(*) FROM meeting_participants WHERE meeting_id = :meeting AND status = 'joined'")
                .bind("meeting", meeting.value()).mapTo(Integer.class).one());
    }

    @Override
    public void save(MeetingParticipant participant) {
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO meeting_participants (meeting_id, user_id, role, status, first_joined_at, joined_at,
                            left_at, is_muted, is_video_on, is_sharing)
                        VALUES (:meeting, :user, :role, :status, :joinedAt, :joinedAt, :leftAt, :muted, :video, :sharing)
                        ON CONFLICT (meeting_id, user_id) DO UPDATE SET role = EXCLUDED.role, status = EXCLUDED.status,
                            first_joined_at = COALESCE(meeting_participants.first_joined_at, EXCLUDED.first_joined_at),
                            joined_at = EXCLUDED.joined_at, left_at = EXCLUDED.left_at, is_muted = EXCLUDED.is_muted,
                            is_video_on = EXCLUDED.is_video_on, is_sharing = EXCLUDED.is_sharing""")
                .bind("meeting", participant.meetingId().value()).bind("user", participant.userId().value())
                .bind("role", participant.role().wire()).bind("status", participant.status().wire())
                .bind("joinedAt", Timestamps.bind(participant.joinedAt()))
                .bind("leftAt", Timestamps.bind(participant.leftAt()))
                .bind("muted", participant.media().muted()).bind("video", participant.media().videoOn())
                .bind("sharing", participant.media().sharing())
                .execute());
    }
}
