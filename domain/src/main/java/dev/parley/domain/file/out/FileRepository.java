package dev.parley.domain.file.out;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.StoredFile;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Outgoing port: file metadata. A file is first recorded as pending (before its bytes are written, with a sweep
 * timer), then made ready: a crash between the two leaves a pending row the sweeper removes with its bytes,
 * never a ready row without bytes. Deleted files stay as tombstones so messages can show {@code deleted: true}.
 */
public interface FileRepository {
    /** Records an upload about to stream; invisible to every read until {@link #markReady}. */
    void insertPending(FileId id, UserId owner, String name, String contentType, Instant createdAt, Instant sweepAt);

    /** The upload finished: the file becomes readable; {@code sweepAt} is when it is removed if never used. */
    StoredFile markReady(FileId id, long size, String sha256, Integer width, Integer height, Instant sweepAt);

    /** Forgets a pending upload that failed (its bytes were never kept). */
    void removePending(FileId id);

    /** A ready, not deleted file. */
    Optional<StoredFile> find(FileId id);

    /** Ready, not deleted files among {@code ids}, in one read. */
    Map<FileId, StoredFile> findAll(Collection<FileId> ids);

    /** Marks the file deleted with a due sweep timer (the sweeper removes the bytes if the caller cannot). */
    boolean markDeleted(FileId id, Instant at);

    /** The bytes of a deleted file are gone: nothing left to sweep. */
    void clearSweep(FileId id);

    /** Bytes of the owner's ready, not deleted files (and of uploads in progress, counted at their size so far). */
    long usedBytes(UserId owner);

    /** True when {@code reader} takes part in a live conversation with a live message that carries the file. */
    boolean attachedWhereParticipant(FileId id, UserId reader);

    /**
     * True when the file is the recording of a meeting {@code reader} was let into at some point (waiting only
     * does not count; a participant the host removed loses access).
     */
    boolean recordedWhereJoined(FileId id, UserId reader);

    /** True when the file is the current avatar of a user or a conversation. */
    boolean isAvatar(FileId id);

    /** Sets ({@code file} present) or clears the avatar of a user or a conversation; answers the avatar it replaces. */
    Optional<FileId> setAvatar(java.util.UUID subjectId, Optional<FileId> file);

    /** The ids of the owner's files that are not deleted (for account deletion). */
    List<FileId> ownedBy(UserId owner);

    /**
     * Claims up to {@code limit} files whose sweep timer is due, each by one node only ({@code FOR UPDATE SKIP
     * LOCKED}, inside the caller's transaction), with what they need: see {@link Due}.
     */
    List<Due> claimDue(Instant now, int limit);

    /** Deletes the row of a pending or never-used file (after its bytes were removed). */
    void forget(FileId id);

    /** A file whose sweep timer is due, and what it is now. */
    record Due(FileId id, State state) {
    }

    /** PENDING: an upload that never finished; UNUSED: never attached nor an avatar; USED; DELETED: bytes to remove. */
    enum State { PENDING, UNUSED, USED, DELETED }
}
