package dev.parley.persistence.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.file.fakes.FileRepositoryContract;
import dev.parley.domain.account.UserId;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.out.FileRepository;
import dev.parley.domain.file.out.FileRepository.Due;
import dev.parley.persistence.ManagedDatabase;
import dev.parley.persistence.PersistenceSettings;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.testing.TestDatabases;
import dev.parley.persistence.testing.TestUsers;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** File metadata on PostgreSQL with the real migrations: the contract, and sweep claims that never overlap. */
class JdbiFileRepositoryIT extends FileRepositoryContract {
    private static ManagedDatabase managed;
    private static Database database;
    private static JdbiFileRepository files;

    @BeforeAll
    static void start() throws Exception {
        managed = ManagedDatabase.start(new PersistenceSettings(Optional.of(TestDatabases.freshUrl()),
                Files.createTempDirectory("parley-files"), 4));
        database = managed.database();
        files = new JdbiFileRepository(database);
    }

    @AfterAll
    static void stop() throws Exception {
        managed.close();
    }

    @Override
    protected FileRepository files() {
        return files;
    }

    @Override
    protected List<Due> claimDue(Instant now) {
        return database.inTransaction(() -> files.claimDue(now, 1_000));
    }

    @Override
    protected UserId newUser() {
        return TestUsers.create(database);
    }

    private static void ready(UserId owner, Instant sweepAt) {
        FileId id = new FileId(UUID.randomUUID());
        files.insertPending(id, owner, "f.txt", "text/plain", NOW, sweepAt);
        files.markReady(id, 1, "ab".repeat(32), null, null, sweepAt);
    }

    @Test
    void two_sweepers_never_claim_the_same_file() throws Exception {
        UserId owner = newUser();
        for (int i = 0; i < 6; i++) {
            ready(owner, NOW.minus(Duration.ofDays(2000)));
        }
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        CompletableFuture<List<Due>> first = CompletableFuture.supplyAsync(() -> database.inTransaction(() -> {
            List<Due> mine = files.claimDue(NOW.minus(Duration.ofDays(1999)), 3);
            firstHolds.countDown();
            try {
                secondDone.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return mine;
        }));
        firstHolds.await(10, TimeUnit.SECONDS);
        List<Due> second = database.inTransaction(() -> files.claimDue(NOW.minus(Duration.ofDays(1999)), 3));
        secondDone.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).hasSize(3).doesNotContainAnyElementsOf(second);
        assertThat(second).hasSize(3);
    }
}
