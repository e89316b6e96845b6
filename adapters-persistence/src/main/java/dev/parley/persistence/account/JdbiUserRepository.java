package dev.parley.persistence.account;

import dev.parley.domain.account.Email;
import dev.parley.domain.account.Privacy;
import dev.parley.domain.account.Reach;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.Username;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.Update;

/** Persistence adapter: users in PostgreSQL. */
public final class JdbiUserRepository implements UserRepository {
    static final String COLUMNS = """
            id, email, email_verified, username, display_name, avatar_url, bio, who_can_message, who_can_call,
            presence_visible_to, share_read_receipts, password_hash, created_at, deleted_at""";

    private final Database database;

    /** {@link #COLUMNS} qualified with a table alias, for joins. */
    public static String columns(String alias) {
        return java.util.Arrays.stream(COLUMNS.split(","))
                .map(column -> alias + "." + column.strip())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public JdbiUserRepository(Database database) {
        this.database = database;
    }

    @Override
    public void insert(User user) {
        database.useHandle(handle -> bindColumns(handle.createUpdate("""
                        INSERT INTO users (id, email, email_verified, username, display_name, avatar_url, bio,
                            who_can_message, who_can_call, presence_visible_to, share_read_receipts, password_hash,
                            created_at, deleted_at, search_name)
                        VALUES (:id, :email, :verified, :username, :displayName, :avatarUrl, :bio, :whoCanMessage,
                            :whoCanCall, :presenceVisibleTo, :shareReadReceipts, :passwordHash, :createdAt,
                            :deletedAt, :searchName)"""), user)
                .bind("createdAt", Timestamps.bind(user.createdAt()))
                .execute());
    }

    @Override
    public void update(User user) {
        database.useHandle(handle -> bindColumns(handle.createUpdate("""
                        UPDATE users SET email = :email, email_verified = :verified, username = :username,
                            display_name = :displayName, avatar_url = :avatarUrl, bio = :bio,
                            who_can_message = :whoCanMessage, who_can_call = :whoCanCall,
                            presence_visible_to = :presenceVisibleTo, share_read_receipts = :shareReadReceipts,
                            password_hash = :passwordHash, deleted_at = :deletedAt, search_name = :searchName
                        WHERE id = :id"""), user)
                .execute());
    }

    /** Binds every column a user row is written with (all but {@code created_at}, which never changes). */
    private static Update bindColumns(Update statement, User user) {
        return statement
                .bind("id", user.id().value())
                .bind("email", user.email() == null ? null : user.email().value())
                .bind("verified", user.emailVerified())
                .bind("username", user.username().value())
                .bind("displayName", user.displayName())
                .bind("avatarUrl", user.avatarUrl())
                .bind("bio", user.bio())
                .bind("whoCanMessage", user.privacy().whoCanMessage().wire())
                .bind("whoCanCall", user.privacy().whoCanCall().wire())
                .bind("presenceVisibleTo", user.privacy().presenceVisibleTo().wire())
                .bind("shareReadReceipts", user.privacy().shareReadReceipts())
                .bind("passwordHash", user.passwordHash())
                .bind("deletedAt", Timestamps.bind(user.deletedAt()))
                .bind("searchName", searchName(user));
    }

    /** The display name folded like usernames, so prefix search is accent- and case-insensitive. */
    private static String searchName(User user) {
        return Username.normalise(user.displayName());
    }

    @Override
    public Optional<User> findById(UserId id) {
        return findBy("id", id.value());
    }

    @Override
    public List<User> findAllById(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = ANY(:ids)")
                .bindArray("ids", UUID.class, ids.stream().map(UserId::value).distinct().toList())
                .map((rs, ctx) -> toUser(rs))
                .list());
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        return findBy("email", email.value());
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return findBy("username", username.value());
    }

    @Override
    public void updatePasswordHash(UserId id, String passwordHash) {
        database.useHandle(handle -> handle.createUpdate("UPDATE users SET password_hash = :hash WHERE id = :id")
                .bind("hash", passwordHash).bind("id", id.value()).execute());
    }

    @Override
    public void markEmailVerified(UserId id) {
        database.useHandle(handle -> handle.createUpdate("UPDATE users SET email_verified = true WHERE id = :id")
                .bind("id", id.value()).execute());
    }

    private Optional<User> findBy(String column, Object value) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE " + column + " = :value")
                .bind("value", value)
                .map((rs, ctx) -> toUser(rs))
                .findOne());
    }

    /** Maps one {@code users} row (selected with {@link #COLUMNS}). */
    public static User toUser(ResultSet rs) throws SQLException {
        String email = rs.getString("email");
        Privacy privacy = new Privacy(reach(rs, "who_can_message"), reach(rs, "who_can_call"),
                reach(rs, "presence_visible_to"), rs.getBoolean("share_read_receipts"));
        return new User(new UserId(rs.getObject("id", UUID.class)), email == null ? null : new Email(email),
                rs.getBoolean("email_verified"), new Username(rs.getString("username")), rs.getString("display_name"),
                rs.getString("avatar_url"), rs.getString("bio"), privacy, rs.getString("password_hash"),
                Timestamps.read(rs, "created_at"), Timestamps.read(rs, "deleted_at"));
    }

    private static Reach reach(ResultSet rs, String column) throws SQLException {
        return Reach.valueOf(rs.getString(column).toUpperCase(Locale.ROOT));
    }
}
