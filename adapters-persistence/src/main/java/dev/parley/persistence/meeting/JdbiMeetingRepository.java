package dev.parley.persistence.meeting;

import dev.parley.domain.account.UserId;
import dev.parley.domain.meeting.Meeting;
import dev.parley.domain.meeting.MeetingCode;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingState;
import dev.parley.domain.meeting.out.MeetingRepository;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.SqlStates;
import dev.parley.persistence.database.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Update;

/**
 * Persistence adapter: meetings in PostgreSQL. Codes are unique by constraint (a taken code is answered, not
 * thrown); the sweeper's claims use {@code FOR UPDATE SKIP LOCKED} on partial indexes of the two deadlines.
 */
public final class JdbiMeetingRepository implements MeetingRepository {
    private static final String CODE_KEY = "meetings_code";

    private final Database database;

    public JdbiMeetingRepository(Database database) {
        this.database = database;
    }

    @Override
    public boolean insert(Meeting meeting) {
        // a savepoint needs a transaction: join the caller's, or run in one of our own
        return database.inTransaction(() -> database.withHandle(handle -> {
            handle.savepoint("meeting_insert");
            try {
                bindAll(handle.createUpdate("""
                        INSERT INTO meetings (id, code, host_id, conversation_id, title, description, scheduled_at,
                            duration_minutes, max_participants, waiting_room, mute_on_join, allow_chat, status,
                            created_at, started_at, ended_at, end_reason, expires_at, empty_since, recording_status,
                            recording_egress_id, recording_location, recording_file_id, recording_output_id)
                        VALUES (:id, :code, :host, :conversation, :title, :description, :scheduledAt, :duration, :max,
                            :waitingRoom, :muteOnJoin, :allowChat, :status, :createdAt, :startedAt, :endedAt, :reason,
                            :expiresAt, :emptySince, :recording, :egress, :location, :fileId, :outputId)"""), meeting).execute();
                followChat(handle, meeting);
                handle.release("meeting_insert");
                return true;
            } catch (RuntimeException failure) {
                if (CODE_KEY.equals(SqlStates.uniqueConstraint(failure))) {
                    handle.rollbackToSavepoint("meeting_insert");
                    return false;
                }
                throw failure;
            }
        }));
    }

    @Override
    public Optional<Meeting> find(MeetingId id) {
        return one("SELECT * FROM meetings WHERE id = :id", id);
    }

    @Override
    public Optional<Meeting> findByCode(MeetingCode code) {
        return database.withHandle(handle -> handle.createQuery("SELECT * FROM meetings WHERE code = :code")
                .bind("code", code.value()).map((rs, ctx) -> MeetingRows.meeting(rs)).findOne());
    }

    @Override
    public Optional<Meeting> lock(MeetingId id) {
        return one("SELECT * FROM meetings WHERE id = :id FOR UPDATE", id);
    }

    @Override
    public void update(Meeting meeting) {
        database.useHandle(handle -> {
            bindAll(handle.createUpdate("""
                    UPDATE meetings SET host_id = :host, title = :title, description = :description,
                        scheduled_at = :scheduledAt, duration_minutes = :duration, max_participants = :max,
                        waiting_room = :waitingRoom, mute_on_join = :muteOnJoin, allow_chat = :allowChat,
                        status = :status, started_at = :startedAt, ended_at = :endedAt, end_reason = :reason,
                        expires_at = :expiresAt, empty_since = :emptySince, recording_status = :recording,
                        recording_egress_id = :egress, recording_location = :location, recording_file_id = :fileId,
                        recording_output_id = :outputId
                     WHERE id = :id"""), meeting).execute();
            followChat(handle, meeting);
        });
    }

    @Override
    public List<Meeting> listFor(UserId user, MeetingId before, int limit) {
        String older = before == null ? "" : " AND %s < :before";
        return database.withHandle(handle -> {
            var query = handle.createQuery("""
                            SELECT * FROM meetings WHERE id IN (
                                (SELECT id FROM meetings WHERE host_id = :user%s ORDER BY id DESC LIMIT :limit)
                                UNION
                                (SELECT meeting_id FROM meeting_participants
                                  WHERE user_id = :user AND first_joined_at IS NOT NULL%s
                                  ORDER BY meeting_id DESC LIMIT :limit))
                            ORDER BY id DESC LIMIT :limit"""
                            .formatted(older.formatted("id"), older.formatted("meeting_id")))
                    .bind("user", user.value()).bind("limit", limit);
            if (before != null) {
                query.bind("before", before.value());
            }
            return query.map((rs, ctx) -> MeetingRows.meeting(rs)).list();
        });
    }

    @Override
    public List<Meeting> claimDue(Instant now, Duration emptyGrace, int limit) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM meetings WHERE id IN (
                            (SELECT id FROM meetings WHERE status <> 'ended' AND expires_at <= :now
                              ORDER BY expires_at LIMIT :limit)
                            UNION
                            (SELECT id FROM meetings WHERE status = 'active' AND empty_since IS NOT NULL
                                AND empty_since <= :emptyBefore ORDER BY empty_since LIMIT :limit))
                        LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .bind("now", Timestamps.bind(now)).bind("emptyBefore", Timestamps.bind(now.minus(emptyGrace)))
                .bind("limit", limit)
                .map((rs, ctx) -> MeetingRows.meeting(rs)).list());
    }

    @Override
    public Optional<Meeting> findByEgress(String egressId) {
        return database.withHandle(handle -> handle.createQuery("SELECT * FROM meetings WHERE recording_egress_id = :egress")
                .bind("egress", egressId).map((rs, ctx) -> MeetingRows.meeting(rs)).findOne());
    }

    private Optional<Meeting> one(String sql, MeetingId id) {
        return database.withHandle(handle -> handle.createQuery(sql).bind("id", id.value())
                .map((rs, ctx) -> MeetingRows.meeting(rs)).findOne());
    }

    /** The chat conversation is named after the meeting, hidden from conversation lists, read-only for guests without chat. */
    private static void followChat(org.jdbi.v3.core.Handle handle, Meeting meeting) {
        handle.createUpdate("""
                        UPDATE conversations SET meeting_id = :meeting, name = :title,
                            type = CASE WHEN :allowChat THEN 'group' ELSE 'broadcast' END
                         WHERE id = :conversation""")
                .bind("meeting", meeting.id().value()).bind("title", meeting.details().title())
                .bind("allowChat", meeting.settings().allowChat()).bind("conversation", meeting.conversationId().value())
                .execute();
    }

    private static Update bindAll(Update update, Meeting meeting) {
        MeetingState state = meeting.state();
        MeetingState.Active active = state instanceof MeetingState.Active running ? running : null;
        MeetingState.Ended ended = state instanceof MeetingState.Ended over ? over : null;
        Instant startedAt = active != null ? active.startedAt() : ended != null ? ended.startedAt() : null;
        return update.bind("id", meeting.id().value())
                .bind("code", meeting.code().value())
                .bind("host", meeting.host().value())
                .bind("conversation", meeting.conversationId().value())
                .bind("title", meeting.details().title())
                .bind("description", meeting.details().description())
                .bind("scheduledAt", Timestamps.bind(meeting.details().scheduledAt()))
                .bind("duration", meeting.details().durationMinutes())
                .bind("max", meeting.settings().maxParticipants())
                .bind("waitingRoom", meeting.settings().waitingRoom())
                .bind("muteOnJoin", meeting.settings().muteOnJoin())
                .bind("allowChat", meeting.settings().allowChat())
                .bind("status", meeting.status().wire())
                .bind("createdAt", Timestamps.bind(meeting.createdAt()))
                .bind("startedAt", Timestamps.bind(startedAt))
                .bind("endedAt", Timestamps.bind(ended == null ? null : ended.endedAt()))
                .bind("reason", ended == null ? null : ended.reason().wire())
                .bind("expiresAt", Timestamps.bind(meeting.expiresAt()))
                .bind("emptySince", Timestamps.bind(active == null ? null : active.emptySince()))
                .bind("recording", meeting.recording().status().wire())
                .bind("egress", meeting.recording().egressId())
                .bind("location", meeting.recording().location())
                .bindByType("fileId", meeting.recording().fileId(), java.util.UUID.class)
                .bindByType("outputId", meeting.recording().outputId(), java.util.UUID.class);
    }
}
