package dev.parley.persistence.people;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.RelatedUser;
import dev.parley.domain.people.out.BlockRepository;
import dev.parley.persistence.account.JdbiUserRepository;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Persistence adapter: blocks in PostgreSQL. */
public final class JdbiBlockRepository implements BlockRepository {
    private final Database database;

    public JdbiBlockRepository(Database database) {
        this.database = database;
    }

    @Override
    public boolean add(UserId blocker, UserId blocked, Instant at) {
        return database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO blocks (blocker_id, blocked_id, created_at) VALUES (:blocker, :blocked, :at)
                        ON CONFLICT DO NOTHING""")
                .bind("blocker", blocker.value()).bind("blocked", blocked.value()).bind("at", Timestamps.bind(at))
                .execute()) == 1;
    }

    @Override
    public boolean remove(UserId blocker, UserId blocked) {
        return database.withHandle(handle -> handle.createUpdate(
                        "DELETE FROM blocks WHERE blocker_id = :blocker AND blocked_id = :blocked")
                .bind("blocker", blocker.value()).bind("blocked", blocked.value()).execute()) == 1;
    }

    @Override
    public boolean blockedEitherWay(UserId a, UserId b) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT EXISTS (SELECT 1 FROM blocks WHERE (blocker_id = :a AND blocked_id = :b)
                                                              OR (blocker_id = :b AND blocked_id = :a))""")
                .bind("a", a.value()).bind("b", b.value()).mapTo(Boolean.class).one());
    }

    @Override
    public List<RelatedUser> list(UserId blocker, UserId after, int limit) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + JdbiUserRepository.columns("u") + """
                        , b.created_at AS since
                        FROM blocks b JOIN users u ON u.id = b.blocked_id
                        WHERE b.blocker_id = :blocker AND (CAST(:after AS uuid) IS NULL OR b.blocked_id > :after)
                        ORDER BY b.blocked_id LIMIT :limit""")
                .bind("blocker", blocker.value())
                .bindByType("after", after == null ? null : after.value(), UUID.class)
                .bind("limit", limit)
                .map((rs, ctx) -> new RelatedUser(JdbiUserRepository.toUser(rs), Timestamps.read(rs, "since")))
                .list());
    }

    @Override
    public void removeAllInvolving(UserId user) {
        database.useHandle(handle -> handle.createUpdate("DELETE FROM blocks WHERE blocker_id = :user OR blocked_id = :user")
                .bind("user", user.value()).execute());
    }
}
