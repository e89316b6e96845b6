package dev.parley.persistence.people;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.RelatedUser;
import dev.parley.domain.people.out.ContactRepository;
import dev.parley.persistence.account.JdbiUserRepository;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Persistence adapter: contacts in PostgreSQL, one row per direction. */
public final class JdbiContactRepository implements ContactRepository {
    private final Database database;

    public JdbiContactRepository(Database database) {
        this.database = database;
    }

    @Override
    public void add(UserId a, UserId b, Instant at) {
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO contacts (user_id, contact_id, created_at)
                        VALUES (:a, :b, :at), (:b, :a, :at) ON CONFLICT DO NOTHING""")
                .bind("a", a.value()).bind("b", b.value()).bind("at", Timestamps.bind(at)).execute());
    }

    @Override
    public boolean remove(UserId a, UserId b) {
        return database.withHandle(handle -> handle.createUpdate("""
                        DELETE FROM contacts WHERE (user_id = :a AND contact_id = :b) OR (user_id = :b AND contact_id = :a)""")
                .bind("a", a.value()).bind("b", b.value()).execute()) > 0;
    }

    @Override
    public boolean areContacts(UserId a, UserId b) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT EXISTS (SELECT 1 FROM contacts WHERE user_id = :a AND contact_id = :b)")
                .bind("a", a.value()).bind("b", b.value()).mapTo(Boolean.class).one());
    }

    @Override
    public List<RelatedUser> list(UserId owner, UserId after, int limit) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + JdbiUserRepository.columns("u") + """
                        , c.created_at AS since
                        FROM contacts c JOIN users u ON u.id = c.contact_id
                        WHERE c.user_id = :owner AND (CAST(:after AS uuid) IS NULL OR c.contact_id > :after)
                        ORDER BY c.contact_id LIMIT :limit""")
                .bind("owner", owner.value())
                .bindByType("after", after == null ? null : after.value(), UUID.class)
                .bind("limit", limit)
                .map((rs, ctx) -> new RelatedUser(JdbiUserRepository.toUser(rs), Timestamps.read(rs, "since")))
                .list());
    }

    @Override
    public List<UserId> removeAll(UserId user) {
        return database.withHandle(handle -> handle.createQuery("""
                        DELETE FROM contacts WHERE user_id = :user OR contact_id = :user
                        RETURNING CASE WHEN user_id = :user THEN contact_id ELSE user_id END AS other""")
                .bind("user", user.value())
                .map((rs, ctx) -> new UserId(rs.getObject("other", UUID.class)))
                .list().stream().distinct().toList());
    }
}
