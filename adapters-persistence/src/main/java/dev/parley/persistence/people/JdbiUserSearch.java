package dev.parley.persistence.people;

import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.people.out.UserSearch;
import dev.parley.persistence.account.JdbiUserRepository;
import dev.parley.persistence.database.Database;
import java.util.List;

/**
 * Persistence adapter: prefix search over usernames and folded display names, served by the two
 * {@code text_pattern_ops} indexes of V3 (a BitmapOr of index scans), minus blocks either way.
 */
public final class JdbiUserSearch implements UserSearch {
    static final String SQL = "SELECT " + JdbiUserRepository.columns("u") + """
             FROM users u
            WHERE u.deleted_at IS NULL
              AND (u.username LIKE :pattern OR u.search_name LIKE :pattern)
              AND NOT EXISTS (SELECT 1 FROM blocks b
                               WHERE (b.blocker_id = :caller AND b.blocked_id = u.id)
                                  OR (b.blocker_id = u.id AND b.blocked_id = :caller))
            ORDER BY u.username
            LIMIT :limit""";

    private final Database database;

    public JdbiUserSearch(Database database) {
        this.database = database;
    }

    @Override
    public List<User> search(UserId caller, String normalisedPrefix, int limit) {
        return database.withHandle(handle -> handle.createQuery(SQL)
                .bind("pattern", likePrefix(normalisedPrefix))
                .bind("caller", caller.value())
                .bind("limit", limit)
                .map((rs, ctx) -> JdbiUserRepository.toUser(rs))
                .list());
    }

    /** Escapes LIKE's wild cards ({@code _} is common in usernames) and appends the prefix wild card. */
    static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
