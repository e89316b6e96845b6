package dev.parley.persistence.realtime;

import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.out.LastSeenRepository;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.Timestamps;
import java.time.Instant;
import java.util.Optional;

/** Persistence adapter: one {@code last_seen_at} per user in {@code user_presence}, never moving backwards. */
public final class JdbiLastSeenRepository implements LastSeenRepository {
    private final Database database;

    public JdbiLastSeenRepository(Database database) {
        this.database = database;
    }

    @Override
    public void save(UserId userId, Instant lastSeenAt) {
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO user_presence (user_id, last_seen_at)
                        SELECT :userId, :lastSeenAt WHERE EXISTS (SELECT 1 FROM users WHERE id = :userId)
                        ON CONFLICT (user_id) DO UPDATE
                        SET last_seen_at = GREATEST(user_presence.last_seen_at, EXCLUDED.last_seen_at)""")
                .bind("userId", userId.value())
                .bind("lastSeenAt", Timestamps.bind(lastSeenAt))
                .execute());
    }

    @Override
    public Optional<Instant> find(UserId userId) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT last_seen_at FROM user_presence WHERE user_id = :userId")
                .bind("userId", userId.value())
                .map((rs, ctx) -> Timestamps.read(rs, "last_seen_at"))
                .findOne());
    }
}
