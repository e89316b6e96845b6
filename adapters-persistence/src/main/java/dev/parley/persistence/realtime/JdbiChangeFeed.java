package dev.parley.persistence.realtime;

import dev.parley.domain.account.UserId;
import dev.parley.domain.call.Call;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.people.ContactRequest;
import dev.parley.domain.people.ContactRequestId;
import dev.parley.domain.people.ContactRequestStatus;
import dev.parley.domain.realtime.ConversationChange;
import dev.parley.domain.realtime.out.ChangeFeed;
import dev.parley.persistence.call.CallRows;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Persistence adapter for catch-up: three queries, each starting from the user (their participations,
 * requests and calls) and keeping the rows stamped after the token's instant.
 */
public final class JdbiChangeFeed implements ChangeFeed {
    private final Database database;

    public JdbiChangeFeed(Database database) {
        this.database = database;
    }

    @Override
    public Instant now() {
        return database.withHandle(handle -> handle.createQuery("SELECT now() AS now")
                .map((rs, ctx) -> Timestamps.read(rs, "now")).one());
    }

    @Override
    public List<ConversationChange> conversations(UserId userId, Instant after) {
        // Current participations come from participants_user_active; ones ended since the token are few.
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT c.id, c.type, c.last_seq, c.deleted_at, p.last_read_seq, p.role, p.joined_at, p.left_at,
                               GREATEST(c.updated_at, c.last_activity_at, p.updated_at,
                                        coalesce(c.deleted_at, c.updated_at), coalesce(p.left_at, p.updated_at)) AS changed_at
                          FROM participants p JOIN conversations c ON c.id = p.conversation_id
                         WHERE p.user_id = :user
                           AND (p.left_at IS NULL OR p.left_at > :after OR p.updated_at > :after)
                           AND (c.updated_at > :after OR c.last_activity_at > :after OR p.updated_at > :after
                                OR c.deleted_at > :after OR p.left_at > :after)
                         ORDER BY c.id""")
                .bind("user", userId.value()).bind("after", Timestamps.bind(after))
                .map((rs, ctx) -> toChange(rs)).list());
    }

    @Override
    public List<ContactRequest> contactRequests(UserId userId, Instant after) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM contact_requests
                         WHERE (from_user_id = :user OR to_user_id = :user)
                           AND (created_at > :after OR responded_at > :after)
                         ORDER BY id""")
                .bind("user", userId.value()).bind("after", Timestamps.bind(after))
                .map((rs, ctx) -> toRequest(rs)).list());
    }

    @Override
    public List<Call> calls(UserId userId, Instant after) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM calls
                         WHERE (caller_id = :user OR callee_id = :user)
                           AND (created_at > :after OR answered_at > :after OR ended_at > :after)
                         ORDER BY id""")
                .bind("user", userId.value()).bind("after", Timestamps.bind(after))
                .map((rs, ctx) -> CallRows.toCall(rs)).list());
    }

    private static ConversationChange toChange(ResultSet rs) throws SQLException {
        return new ConversationChange(new ConversationId(rs.getObject("id", UUID.class)), rs.getString("type"),
                rs.getLong("last_seq"), rs.getLong("last_read_seq"), rs.getString("role"),
                Timestamps.read(rs, "joined_at"), Timestamps.read(rs, "left_at"), Timestamps.read(rs, "changed_at"),
                Timestamps.read(rs, "deleted_at"));
    }

    private static ContactRequest toRequest(ResultSet rs) throws SQLException {
        return new ContactRequest(new ContactRequestId(rs.getObject("id", UUID.class)),
                new UserId(rs.getObject("from_user_id", UUID.class)), new UserId(rs.getObject("to_user_id", UUID.class)),
                rs.getString("message"), ContactRequestStatus.fromWire(rs.getString("status")),
                Timestamps.read(rs, "created_at"), Timestamps.read(rs, "responded_at"));
    }
}
