package dev.parley.persistence.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.DisplayName;
import dev.parley.domain.account.Email;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.Username;
import dev.parley.domain.shared.Ids;
import dev.parley.persistence.ManagedDatabase;
import dev.parley.persistence.PersistenceSettings;
import dev.parley.persistence.account.JdbiUserRepository;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.testing.TestDatabases;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** User search on a real PostgreSQL with the real migrations: results, exclusions and the indexes behind them. */
class JdbiUserSearchIT {
    private static ManagedDatabase managed;
    private static Database database;
    private static JdbiUserRepository users;
    private static JdbiUserSearch search;
    private static JdbiBlockRepository blocks;
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @BeforeAll
    static void start() throws Exception {
        managed = ManagedDatabase.start(new PersistenceSettings(Optional.of(TestDatabases.freshUrl()),
                Files.createTempDirectory("parley-search"), 2));
        database = managed.database();
        users = new JdbiUserRepository(database);
        search = new JdbiUserSearch(database);
        blocks = new JdbiBlockRepository(database);
    }

    @AfterAll
    static void stop() throws Exception {
        managed.close();
    }

    @Test
    void finds_by_folded_display_name_prefix_and_by_username_prefix() {
        User zoe = user("zq_" + suffix(), "Zoë Quartz");
        User caller = user("caller_" + suffix(), "Caller");

        assertThat(names(search.search(caller.id(), "zoe q", 20))).contains(zoe.username().value());
        assertThat(names(search.search(caller.id(), zoe.username().value().substring(0, 5), 20)))
                .containsExactly(zoe.username().value());
    }

    @Test
    void treats_like_wild_cards_in_the_query_literally() {
        User caller = user("wild_" + suffix(), "Wild");
        user("abcxdef" + suffix(), "Plain");

        assertThat(search.search(caller.id(), "abc_def", 20)).isEmpty();
        assertThat(search.search(caller.id(), "%", 20)).isEmpty();
    }

    @Test
    void leaves_out_deleted_users_and_blocks_in_either_direction() {
        String tag = "ex" + suffix();
        User caller = user(tag + "_caller", "Excluder");
        User blockedByCaller = user(tag + "_blocked", "B");
        User blockerOfCaller = user(tag + "_blocker", "C");
        User deleted = user(tag + "_deleted", "D");
        User visible = user(tag + "_visible", "E");
        blocks.add(caller.id(), blockedByCaller.id(), NOW);
        blocks.add(blockerOfCaller.id(), caller.id(), NOW);
        users.update(deleted.anonymised(NOW));

        assertThat(names(search.search(caller.id(), tag, 20)))
                .containsExactly(tag + "_caller", visible.username().value());
    }

    @Test
    void prefix_search_is_served_by_the_username_and_search_name_indexes() {
        database.useHandle(handle -> {
            // Enough rows for the planner to prefer an index over a sequential scan, as in production.
            handle.execute("""
                    INSERT INTO users (id, username, display_name, password_hash, created_at, search_name)
                    SELECT gen_random_uuid(), 'bulk' || g, 'Bulk ' || g, 'x', now(), 'bulk ' || g
                    FROM generate_series(1, 5000) g""");
            handle.execute("ANALYZE users");
        });
        String plan = database.withHandle(handle -> String.join("\n", handle.createQuery("EXPLAIN " + JdbiUserSearch.SQL)
                .bind("pattern", "zoe%").bind("caller", Ids.newId(NOW)).bind("limit", 20)
                .mapTo(String.class).list()));

        assertThat(plan).contains("users_username_prefix").contains("users_search_name_prefix")
                .doesNotContain("Seq Scan on users");
    }

    private static User user(String username, String displayName) {
        Instant at = NOW;
        User user = User.register(new UserId(Ids.newId(at)), new Email(username + "@example.com"),
                new Username(username), new DisplayName(displayName), "hash", at);
        users.insert(user);
        return user;
    }

    private static List<String> names(List<User> found) {
        return found.stream().map(user -> user.username().value()).toList();
    }

    private static String suffix() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }
}
