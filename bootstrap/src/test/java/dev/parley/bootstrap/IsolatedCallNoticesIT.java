package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallId;
import dev.parley.domain.call.CallMedia;
import dev.parley.domain.shared.Ids;
import dev.parley.persistence.ManagedDatabase;
import dev.parley.persistence.PersistenceSettings;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.testing.TestDatabases;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A call notice that fails, even with an SQL error, is rolled back alone: the call's transaction still commits. */
class IsolatedCallNoticesIT {
    private static ManagedDatabase managed;
    private static Database database;
    private final Instant at = Instant.parse("2026-11-21T12:00:00Z");
    private final Call call = Call.place(new CallId(Ids.newId(at)), new UserId(UUID.randomUUID()),
            new UserId(UUID.randomUUID()), CallMedia.AUDIO, at, at.plusSeconds(30)).miss(at.plusSeconds(30));

    @BeforeAll
    static void start() throws Exception {
        managed = ManagedDatabase.start(new PersistenceSettings(Optional.of(TestDatabases.freshUrl()),
                Files.createTempDirectory("parley-notices"), 2));
        database = managed.database();
        database.useHandle(handle -> handle.execute("CREATE TABLE transition_probe (step text NOT NULL)"));
    }

    @AfterAll
    static void stop() throws Exception {
        managed.close();
    }

    @Test
    void an_sql_error_in_the_notice_leaves_the_rest_of_the_transaction_to_commit() {
        IsolatedCallNotices notices = new IsolatedCallNotices(database, finished -> {
            probe("notice " + finished.id());
            database.useHandle(handle -> handle.execute("SELECT * FROM no_such_table"));
            return List.of();
        });

        database.run(() -> {
            probe("before");
            notices.recordFinished(call);
            probe("after");
        });

        assertThat(steps()).containsExactly("before", "after");
        database.run(() -> database.useHandle(handle -> handle.execute("DELETE FROM transition_probe")));
    }

    @Test
    void a_notice_that_succeeds_commits_with_the_transaction() {
        IsolatedCallNotices notices = new IsolatedCallNotices(database, finished -> {
            probe("notice");
            return List.of();
        });

        database.run(() -> {
            probe("before");
            notices.recordFinished(call);
        });

        assertThat(steps()).containsExactly("before", "notice");
        database.run(() -> database.useHandle(handle -> handle.execute("DELETE FROM transition_probe")));
    }

    private static void probe(String step) {
        database.useHandle(handle -> handle.execute("INSERT INTO transition_probe (step) VALUES (?)", step));
    }

    private static List<String> steps() {
        return database.withHandle(handle -> handle.createQuery("SELECT step FROM transition_probe ORDER BY ctid")
                .mapTo(String.class).list());
    }
}
