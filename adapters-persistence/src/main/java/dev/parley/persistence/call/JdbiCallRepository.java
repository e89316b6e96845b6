package dev.parley.persistence.call;

import dev.parley.domain.account.UserId;
import dev.parley.domain.call.Active;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallId;
import dev.parley.domain.call.CallState;
import dev.parley.domain.call.Ended;
import dev.parley.domain.call.MediaPresence;
import dev.parley.domain.call.Ringing;
import dev.parley.domain.call.out.CallRepository;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.SqlStates;
import dev.parley.persistence.database.Timestamps;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Persistence adapter: calls in PostgreSQL. Busy is the primary key of {@code call_parties}: both parties'
 * rows are inserted in one statement in user-id order, so two transactions racing for the same people wait
 * on each other instead of deadlocking, and the loser gets the unique violation.
 */
public final class JdbiCallRepository implements CallRepository {
    private static final String BUSY_KEY = "call_parties_pkey";

    private final Database database;

    public JdbiCallRepository(Database database) {
        this.database = database;
    }

    @Override
    public void insert(Call call) {
        Ringing ringing = (Ringing) call.state();
        database.useHandle(handle -> {
            handle.createUpdate("""
                            INSERT INTO calls (id, caller_id, callee_id, media, status, created_at, ring_deadline)
                            VALUES (:id, :caller, :callee, :media, 'ringing', :createdAt, :deadline)""")
                    .bind("id", call.id().value()).bind("caller", call.caller().value())
                    .bind("callee", call.callee().value()).bind("media", call.media().wire())
                    .bind("createdAt", Timestamps.bind(call.createdAt()))
                    .bind("deadline", Timestamps.bind(ringing.deadline()))
                    .execute();
            List<UUID> parties = Stream.of(call.caller().value(), call.callee().value())
                    .sorted(Comparator.naturalOrder()).toList();
            try {
                handle.createUpdate("INSERT INTO call_parties (user_id, call_id) VALUES (:first, :call), (:second, :call)")
                        .bind("first", parties.get(0)).bind("second", parties.get(1)).bind("call", call.id().value())
                        .execute();
            } catch (RuntimeException failure) {
                if (BUSY_KEY.equals(SqlStates.uniqueConstraint(failure))) {
                    throw new ParleyException(ErrorCode.CALLEE_BUSY, "one of you is already in a call");
                }
                throw failure;
            }
        });
    }

    @Override
    public Optional<Call> find(CallId id) {
        return database.withHandle(handle -> handle.createQuery("SELECT * FROM calls WHERE id = :id")
                .bind("id", id.value()).map((rs, ctx) -> CallRows.toCall(rs)).findOne());
    }

    @Override
    public Optional<Call> lock(CallId id) {
        return database.withHandle(handle -> handle.createQuery("SELECT * FROM calls WHERE id = :id FOR UPDATE")
                .bind("id", id.value()).map((rs, ctx) -> CallRows.toCall(rs)).findOne());
    }

    @Override
    public void update(Call call) {
        CallState state = call.state();
        Active active = state instanceof Active live ? live : null;
        Ended ended = state instanceof Ended over ? over : null;
        CallState.Finished finished = state instanceof CallState.Finished over ? over : null;
        MediaPresence presence = active == null ? MediaPresence.NOBODY : active.presence();
        Instant answeredAt = active != null ? active.answeredAt() : ended != null ? ended.answeredAt() : null;
        database.useHandle(handle -> {
            handle.createUpdate("""
                            UPDATE calls SET status = :status,
                                answered_at = :answeredAt,
                                answered_session_id = COALESCE(:session, answered_session_id),
                                ended_at = :endedAt, end_reason = :reason, ended_by = :endedBy,
                                caller_media = COALESCE(:callerMedia, caller_media),
                                callee_media = COALESCE(:calleeMedia, callee_media)
                            WHERE id = :id""")
                    .bind("id", call.id().value())
                    .bind("status", call.status().wire())
                    .bind("answeredAt", Timestamps.bind(answeredAt))
                    .bindByType("session", active == null ? null : active.answeredOn().value(), UUID.class)
                    .bind("endedAt", Timestamps.bind(finished == null ? null : finished.endedAt()))
                    .bind("reason", finished == null ? null : finished.reason().wire())
                    .bindByType("endedBy", ended == null || ended.endedBy() == null ? null : ended.endedBy().value(),
                            UUID.class)
                    .bind("callerMedia", active == null ? null : CallRows.presence(presence.caller()))
                    .bind("calleeMedia", active == null ? null : CallRows.presence(presence.callee()))
                    .execute();
            if (finished != null) {
                handle.createUpdate("DELETE FROM call_parties WHERE call_id = :id").bind("id", call.id().value()).execute();
            }
        });
    }

    @Override
    public List<Call> claimDueRinging(Instant now, int limit) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM calls WHERE status = 'ringing' AND ring_deadline <= :now
                        ORDER BY ring_deadline LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .bind("now", Timestamps.bind(now)).bind("limit", limit)
                .map((rs, ctx) -> CallRows.toCall(rs)).list());
    }

    @Override
    public List<Call> history(UserId user, CallId before, int limit) {
        // two index range scans (one per side) merged; the cursor clause only exists when there is a cursor
        String older = before == null ? "" : " AND id < :before";
        return database.withHandle(handle -> {
            var query = handle.createQuery("""
                            SELECT * FROM (
                                (SELECT * FROM calls WHERE caller_id = :user%1$s ORDER BY id DESC LIMIT :limit)
                                UNION ALL
                                (SELECT * FROM calls WHERE callee_id = :user%1$s ORDER BY id DESC LIMIT :limit)
                            ) AS mine ORDER BY id DESC LIMIT :limit""".formatted(older))
                    .bind("user", user.value())
                    .bind("limit", limit);
            if (before != null) {
                query.bind("before", before.value());
            }
            return query.map((rs, ctx) -> CallRows.toCall(rs)).list();
        });
    }
}
