package dev.parley.persistence.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.call.CallRepositoryContract;
import dev.parley.domain.account.UserId;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallId;
import dev.parley.domain.call.CallMedia;
import dev.parley.domain.call.out.CallRepository;
import dev.parley.domain.shared.Ids;
import dev.parley.persistence.ManagedDatabase;
import dev.parley.persistence.PersistenceSettings;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.testing.TestDatabases;
import dev.parley.persistence.testing.TestUsers;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The call repository on PostgreSQL with the real migrations: the contract, index use and SKIP LOCKED claims. */
class JdbiCallRepositoryIT extends CallRepositoryContract {
    private static ManagedDatabase managed;
    private static Database database;
    private static JdbiCallRepository repository;

    @BeforeAll
    static void start() throws Exception {
        managed = ManagedDatabase.start(new PersistenceSettings(Optional.of(TestDatabases.freshUrl()),
                Files.createTempDirectory("parley-calls"), 4));
        database = managed.database();
        repository = new JdbiCallRepository(database);
    }

    @AfterAll
    static void stop() throws Exception {
        managed.close();
    }

    @Override
    protected CallRepository repository() {
        return repository;
    }

    @Override
    protected UserId newUser() {
        return TestUsers.create(database);
    }

    @Test
    void a_call_claimed_by_one_sweeper_is_skipped_by_another() throws Exception {
        Call due = Call.place(new CallId(Ids.newId(T0)), newUser(), newUser(), CallMedia.AUDIO, T0, T0.plusSeconds(1));
        repository.insert(due);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = Thread.ofVirtual().start(() -> database.run(() -> {
            assertThat(repository.claimDueRinging(T0.plusSeconds(5), 10)).extracting(Call::id).contains(due.id());
            claimed.countDown();
            await(release);
        }));
        assertThat(claimed.await(5, TimeUnit.SECONDS)).isTrue();

        List<Call> second = database.inTransaction(() -> repository.claimDueRinging(T0.plusSeconds(5), 10));

        release.countDown();
        first.join();
        assertThat(second).extracting(Call::id).doesNotContain(due.id());
    }

    @Test
    void history_and_the_sweeper_use_their_indexes() {
        UserId user = newUser();
        String history = explain("""
                SELECT * FROM ((SELECT * FROM calls WHERE caller_id = '%1$s' ORDER BY id DESC LIMIT 51)
                 UNION ALL (SELECT * FROM calls WHERE callee_id = '%1$s' ORDER BY id DESC LIMIT 51)) AS mine
                ORDER BY id DESC LIMIT 51""".formatted(user));
        String sweeper = explain("SELECT * FROM calls WHERE status = 'ringing' AND ring_deadline <= now() "
                + "ORDER BY ring_deadline LIMIT 100 FOR UPDATE SKIP LOCKED");

        assertThat(history).contains("calls_caller_history").contains("calls_callee_history");
        assertThat(sweeper).contains("calls_ringing_due");
    }

    private static String explain(String sql) {
        return database.inTransaction(() -> database.withHandle(handle -> {
            handle.execute("SET LOCAL enable_seqscan = off");
            return String.join("\n", handle.createQuery("EXPLAIN " + sql).mapTo(String.class).list());
        }));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
