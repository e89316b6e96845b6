package dev.parley.persistence.meeting;

import dev.parley.domain.account.UserId;
import dev.parley.domain.call.MediaEvent;
import dev.parley.domain.meeting.MediaState;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.out.MeetingTracks;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.Timestamps;
import java.time.Instant;
import java.util.Locale;

/**
 * Persistence adapter: one row per track. The upsert applies an event only when it is not older than the row's
 * last one (an unpublish always applies and is final); the media state is then read over all the user's tracks.
 */
public final class JdbiMeetingTracks implements MeetingTracks {
    private final Database database;

    public JdbiMeetingTracks(Database database) {
        this.database = database;
    }

    @Override
    public MediaState record(MeetingId meeting, UserId user, MediaEvent.Track track, boolean unpublished, Instant at) {
        return database.inTransaction(() -> database.withHandle(handle -> {
            handle.createUpdate("""
                            INSERT INTO meeting_tracks (meeting_id, user_id, track_sid, source, muted, unpublished, event_at)
                            VALUES (:meeting, :user, :sid, :source, :muted, :unpublished, :at)
                            ON CONFLICT (meeting_id, user_id, track_sid) DO UPDATE
                               SET muted = EXCLUDED.muted, source = EXCLUDED.source,
                                   unpublished = meeting_tracks.unpublished OR EXCLUDED.unpublished,
                                   event_at = GREATEST(meeting_tracks.event_at, EXCLUDED.event_at)
                             WHERE EXCLUDED.unpublished
                                OR (NOT meeting_tracks.unpublished AND EXCLUDED.event_at >= meeting_tracks.event_at)""")
                    .bind("meeting", meeting.value()).bind("user", user.value()).bind("sid", track.sid())
                    .bind("source", track.source().name().toLowerCase(Locale.ROOT)).bind("muted", track.muted())
                    .bind("unpublished", unpublished).bind("at", Timestamps.bind(at))
                    .execute();
            return handle.createQuery("""
                            SELECT NOT coalesce(bool_or(source = 'microphone' AND NOT muted AND NOT unpublished), false),
                                   coalesce(bool_or(source = 'camera' AND NOT muted AND NOT unpublished), false),
                                   coalesce(bool_or(source = 'screen_share' AND NOT unpublished), false)
                              FROM meeting_tracks WHERE meeting_id = :meeting AND user_id = :user""")
                    .bind("meeting", meeting.value()).bind("user", user.value())
                    .map((rs, ctx) -> new MediaState(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3))).one();
        }));
    }
}
