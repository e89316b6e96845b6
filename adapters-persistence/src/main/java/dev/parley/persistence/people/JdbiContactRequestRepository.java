package dev.parley.persistence.people;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.ContactRequest;
import dev.parley.domain.people.ContactRequestDirection;
import dev.parley.domain.people.ContactRequestId;
import dev.parley.domain.people.ContactRequestStatus;
import dev.parley.domain.people.out.ContactRequestRepository;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.SqlStates;
import dev.parley.persistence.database.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence adapter: contact requests in PostgreSQL. */
public final class JdbiContactRequestRepository implements ContactRequestRepository {
    private static final String PENDING_KEY = "contact_requests_pending_key";

    private final Database database;

    public JdbiContactRequestRepository(Database database) {
        this.database = database;
    }

    @Override
    public void insert(ContactRequest request) {
        try {
            database.useHandle(handle -> handle.createUpdate("""
                            INSERT INTO contact_requests (id, from_user_id, to_user_id, message, status, created_at)
                            VALUES (:id, :from, :to, :message, :status, :createdAt)""")
                    .bind("id", request.id().value()).bind("from", request.from().value())
                    .bind("to", request.to().value()).bind("message", request.message())
                    .bind("status", request.status().wire()).bind("createdAt", Timestamps.bind(request.createdAt()))
                    .execute());
        } catch (RuntimeException failure) {
            if (PENDING_KEY.equals(SqlStates.uniqueConstraint(failure))) {
                throw new ParleyException(ErrorCode.ALREADY_EXISTS, "a contact request is already pending");
            }
            throw failure;
        }
    }

    @Override
    public Optional<ContactRequest> find(ContactRequestId id) {
        return database.withHandle(handle -> handle.createQuery("SELECT * FROM contact_requests WHERE id = :id")
                .bind("id", id.value()).map((rs, ctx) -> toRequest(rs)).findOne());
    }

    @Override
    public Optional<ContactRequest> findPending(UserId from, UserId to) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM contact_requests
                        WHERE from_user_id = :from AND to_user_id = :to AND status = 'pending'""")
                .bind("from", from.value()).bind("to", to.value()).map((rs, ctx) -> toRequest(rs)).findOne());
    }

    @Override
    public void update(ContactRequest request) {
        database.useHandle(handle -> handle.createUpdate("""
                        UPDATE contact_requests SET status = :status, responded_at = :respondedAt WHERE id = :id""")
                .bind("id", request.id().value()).bind("status", request.status().wire())
                .bind("respondedAt", Timestamps.bind(request.respondedAt())).execute());
    }

    @Override
    public int countPendingFrom(UserId from) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT count(*) FROM contact_requests WHERE from_user_id = :from AND status = 'pending'")
                .bind("from", from.value()).mapTo(Integer.class).one());
    }

    @Override
    public List<ContactRequest> listPending(UserId user, ContactRequestDirection direction, ContactRequestId before,
                                            int limit) {
        String side = direction == ContactRequestDirection.INCOMING ? "to_user_id" : "from_user_id";
        return database.withHandle(handle -> handle.createQuery("SELECT * FROM contact_requests WHERE " + side + """
                         = :user AND status = 'pending' AND (CAST(:before AS uuid) IS NULL OR id < :before)
                        ORDER BY id DESC LIMIT :limit""")
                .bind("user", user.value())
                .bindByType("before", before == null ? null : before.value(), UUID.class)
                .bind("limit", limit)
                .map((rs, ctx) -> toRequest(rs)).list());
    }

    @Override
    public void cancelPendingBetween(UserId a, UserId b, Instant at) {
        database.useHandle(handle -> handle.createUpdate("""
                        UPDATE contact_requests SET status = 'cancelled', responded_at = :at
                        WHERE status = 'pending' AND ((from_user_id = :a AND to_user_id = :b)
                                                   OR (from_user_id = :b AND to_user_id = :a))""")
                .bind("a", a.value()).bind("b", b.value()).bind("at", Timestamps.bind(at)).execute());
    }

    @Override
    public void deleteAllInvolving(UserId user) {
        database.useHandle(handle -> handle.createUpdate(
                        "DELETE FROM contact_requests WHERE from_user_id = :user OR to_user_id = :user")
                .bind("user", user.value()).execute());
    }

    private static ContactRequest toRequest(ResultSet rs) throws SQLException {
        return new ContactRequest(new ContactRequestId(rs.getObject("id", UUID.class)),
                new UserId(rs.getObject("from_user_id", UUID.class)), new UserId(rs.getObject("to_user_id", UUID.class)),
                rs.getString("message"), ContactRequestStatus.fromWire(rs.getString("status")),
                Timestamps.read(rs, "created_at"), Timestamps.read(rs, "responded_at"));
    }
}
