package dev.parley.application.file.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.out.FileRepository;
import dev.parley.domain.file.out.FileRepository.Due;
import dev.parley.domain.file.out.FileRepository.State;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every file metadata store must do; run against the fake and against PostgreSQL. */
public abstract class FileRepositoryContract {
    protected static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    protected abstract FileRepository files();

    /** A user the store accepts as an owner (PostgreSQL checks the foreign key). */
    protected abstract UserId newUser();

    /** Runs {@code claimDue} the way the sweeper does (inside a transaction where the store needs one). */
    protected List<Due> claimDue(Instant now) {
        return files().claimDue(now, 1_000);
    }

    private FileId pending(UserId owner, Instant sweepAt) {
        FileId id = new FileId(UUID.randomUUID());
        files().insertPending(id, owner, "f.txt", "text/plain", NOW, sweepAt);
        return id;
    }

    private FileId ready(UserId owner, long size, Instant sweepAt) {
        FileId id = pending(owner, sweepAt);
        files().markReady(id, size, "ab".repeat(32), null, null, sweepAt);
        return id;
    }

    @Test
    void a_pending_upload_is_invisible_until_ready_and_counts_for_the_quota_only_then() {
        UserId owner = newUser();
        FileId id = pending(owner, NOW.plusSeconds(3600));

        assertThat(files().find(id)).isEmpty();
        assertThat(files().findAll(List.of(id))).isEmpty();

        files().markReady(id, 1234, "cd".repeat(32), 10, 20, NOW.plus(Duration.ofHours(24)));

        assertThat(files().find(id)).hasValueSatisfying(file -> {
            assertThat(file.size()).isEqualTo(1234);
            assertThat(file.isImage()).isTrue();
            assertThat(file.ownedBy(owner)).isTrue();
        });
        assertThat(files().findAll(List.of(id, new FileId(UUID.randomUUID())))).containsOnlyKeys(id);
        assertThat(files().usedBytes(owner)).isEqualTo(1234);
        assertThat(files().ownedBy(owner)).containsExactly(id);
    }

    @Test
    void a_deleted_file_is_gone_for_reads_and_the_quota_and_deleting_twice_changes_nothing() {
        UserId owner = newUser();
        FileId id = ready(owner, 50, NOW.plusSeconds(3600));

        assertThat(files().markDeleted(id, NOW)).isTrue();
        assertThat(files().markDeleted(id, NOW)).isFalse();

        assertThat(files().find(id)).isEmpty();
        assertThat(files().usedBytes(owner)).isZero();
        assertThat(files().ownedBy(owner)).isEmpty();
    }

    @Test
    void a_failed_upload_is_forgotten() {
        FileId id = pending(newUser(), NOW);

        files().removePending(id);

        assertThat(claimDue(NOW.plus(Duration.ofDays(3650)))).extracting(Due::id).doesNotContain(id);
    }

    @Test
    void avatars_are_set_replaced_and_cleared_per_subject() {
        UserId owner = newUser();
        FileId first = ready(owner, 1, NOW.plusSeconds(60));
        FileId second = ready(owner, 1, NOW.plusSeconds(60));
        UUID subject = owner.value();

        assertThat(files().setAvatar(subject, Optional.of(first))).isEmpty();
        assertThat(files().isAvatar(first)).isTrue();
        assertThat(files().setAvatar(subject, Optional.of(second))).contains(first);
        assertThat(files().isAvatar(first)).isFalse();
        assertThat(files().setAvatar(subject, Optional.empty())).contains(second);
        assertThat(files().isAvatar(second)).isFalse();
    }

    @Test
    void due_files_are_claimed_with_what_they_need_and_files_not_due_are_left_alone() {
        UserId owner = newUser();
        Instant due = NOW.minusSeconds(1);
        FileId unfinished = pending(owner, due);
        FileId unused = ready(owner, 1, due);
        FileId avatar = ready(owner, 1, due);
        files().setAvatar(owner.value(), Optional.of(avatar));
        FileId deleted = ready(owner, 1, NOW.plusSeconds(999));
        files().markDeleted(deleted, due);
        FileId later = ready(owner, 1, NOW.plusSeconds(3600));

        List<Due> claimed = claimDue(NOW);

        assertThat(claimed).contains(new Due(unfinished, State.PENDING), new Due(unused, State.UNUSED),
                new Due(avatar, State.USED), new Due(deleted, State.DELETED));
        assertThat(claimed).extracting(Due::id).doesNotContain(later);
        files().forget(unused);
        files().clearSweep(avatar);
        assertThat(claimDue(NOW)).extracting(Due::id).doesNotContain(unused, avatar);
    }
}
