package dev.parley.persistence.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.out.FileRepository.Due;
import dev.parley.domain.file.out.FileRepository.State;
import dev.parley.persistence.ManagedDatabase;
import dev.parley.persistence.PersistenceSettings;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.testing.TestDatabases;
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

/** File metadata on PostgreSQL with the real migrations: the pending/ready life, quota sums and sweep claims. */
class JdbiFileRepositoryIT {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
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

    private static UserId newUser() {
        UUID id = UUID.randomUUID();
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO users (id, email, username, display_name, password_hash, created_at)
                        VALUES (:id, :email, :username, 'Someone', 'x', now())""")
                .bind("id", id).bind("email", id + "@example.com").bind("username", "u" + id.toString().replace("-", ""))
                .execute());
        return new UserId(id);
    }

    private static FileId pending(UserId owner, Instant sweepAt) {
        FileId id = new FileId(UUID.randomUUID());
        files.insertPending(id, owner, "f.txt", "text/plain", NOW, sweepAt);
        return id;
    }

    private static FileId ready(UserId owner, long size, Instant sweepAt) {
        FileId id = pending(owner, sweepAt);
        files.markReady(id, size, "ab".repeat(32), null, null, sweepAt);
        return id;
    }

    @Test
    void a_pending_upload_is_invisible_until_ready_and_counts_for_the_quota_only_then() {
        UserId owner = newUser();
        FileId id = pending(owner, NOW.plusSeconds(3600));

        assertThat(files.find(id)).isEmpty();
        assertThat(files.findAll(List.of(id))).isEmpty();

        files.markReady(id, 1234, "cd".repeat(32), 10, 20, NOW.plus(Duration.ofHours(24)));

        assertThat(files.find(id)).hasValueSatisfying(file -> {
            assertThat(file.size()).isEqualTo(1234);
            assertThat(file.isImage()).isTrue();
        });
        assertThat(files.usedBytes(owner)).isEqualTo(1234);
        assertThat(files.markDeleted(id, NOW)).isTrue();
        assertThat(files.markDeleted(id, NOW)).isFalse();
        assertThat(files.find(id)).isEmpty();
        assertThat(files.usedBytes(owner)).isZero();
    }

    @Test
    void a_failed_upload_is_forgotten() {
        FileId id = pending(newUser(), NOW);

        files.removePending(id);

        assertThat(files.claimDue(NOW.plus(Duration.ofDays(3650)), 1_000)).extracting(Due::id).doesNotContain(id);
    }

    @Test
    void due_files_are_claimed_with_what_they_need_and_files_not_due_are_left_alone() {
        UserId owner = newUser();
        Instant due = NOW.minusSeconds(1);
        FileId unfinished = pending(owner, due);
        FileId unused = ready(owner, 1, due);
        FileId avatar = ready(owner, 1, due);
        files.setAvatar(owner.value(), Optional.of(avatar));
        FileId deleted = ready(owner, 1, NOW.plusSeconds(999));
        files.markDeleted(deleted, due);
        FileId later = ready(owner, 1, NOW.plusSeconds(3600));

        List<Due> claimed = database.inTransaction(() -> files.claimDue(NOW, 1_000));

        assertThat(claimed).contains(new Due(unfinished, State.PENDING), new Due(unused, State.UNUSED),
                new Due(avatar, State.USED), new Due(deleted, State.DELETED));
        assertThat(claimed).extracting(Due::id).doesNotContain(later);
        files.forget(unused);
        files.clearSweep(avatar);
        assertThat(database.inTransaction(() -> files.claimDue(NOW, 1_000))).extracting(Due::id)
                .doesNotContain(unused, avatar);
    }

    @Test
    void two_sweepers_never_claim_the_same_file() throws Exception {
        UserId owner = newUser();
        for (int i = 0; i < 6; i++) {
            ready(owner, 1, NOW.minus(Duration.ofDays(2000)));
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
