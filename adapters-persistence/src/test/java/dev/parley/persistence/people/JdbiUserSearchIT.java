package dev.parley.persistence.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.testing.contracts.UserSearchContract;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.people.out.BlockRepository;
import dev.parley.domain.people.out.UserSearch;
import dev.parley.domain.shared.Ids;
import dev.parley.persistence.ManagedDatabase;
import dev.parley.persistence.PersistenceSettings;
import dev.parley.persistence.account.JdbiUserRepository;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.testing.TestDatabases;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** User search on a real PostgreSQL with the real migrations: the search contract, and the indexes behind it. */
class JdbiUserSearchIT extends UserSearchContract {
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

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected UserSearch search() {
        return search;
    }

    @Override
    protected BlockRepository blocks() {
        return blocks;
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
}
