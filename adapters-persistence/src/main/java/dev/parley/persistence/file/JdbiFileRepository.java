package dev.parley.persistence.file;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.StoredFile;
import dev.parley.domain.file.out.FileRepository;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.Timestamps;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Persistence adapter: file metadata, avatars and sweep timers in PostgreSQL. */
public final class JdbiFileRepository implements FileRepository {
    private static final String SELECT = "SELECT " + FileRows.COLUMNS + " FROM files f ";
    /**
     * May {@code reader} read the file because a live message of a live conversation they take part in carries
     * it? A probe of the {@code messages_attachments} GIN index (only messages with files have entries).
     */
    public static final String ATTACHED_WHERE_PARTICIPANT = """
            SELECT EXISTS (
                SELECT 1 FROM messages m
                  JOIN participants p ON p.conversation_id = m.conversation_id AND p.user_id = :reader
                                     AND p.left_at IS NULL
                  JOIN conversations c ON c.id = m.conversation_id AND c.deleted_at IS NULL
                 WHERE m.attachment_ids @> ARRAY[CAST(:id AS uuid)] AND m.deleted_at IS NULL)""";

    /**
     * May {@code reader} read the file because it is the recording of a meeting they were let into (and not
     * removed from)? A probe of {@code meetings_recording_file} then the participant's primary key.
     */
    public static final String RECORDED_WHERE_JOINED = """
            SELECT EXISTS (
                SELECT 1 FROM meetings mt
                  JOIN meeting_participants mp ON mp.meeting_id = mt.id AND mp.user_id = :reader
                                              AND mp.first_joined_at IS NOT NULL AND mp.status <> 'removed'
                 WHERE mt.recording_file_id = :id)""";

    private final Database database;

    public JdbiFileRepository(Database database) {
        this.database = database;
    }

    @Override
    public void insertPending(FileId id, UserId owner, String name, String contentType, Instant createdAt, Instant sweepAt) {
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO files (id, owner_id, status, name, content_type, created_at, sweep_at)
                        VALUES (:id, :owner, 'pending', :name, :type, :at, :sweepAt)""")
                .bind("id", id.value()).bind("owner", owner.value()).bind("name", name).bind("type", contentType)
                .bind("at", Timestamps.bind(createdAt)).bind("sweepAt", Timestamps.bind(sweepAt)).execute());
    }

    @Override
    public StoredFile markReady(FileId id, long size, String sha256, Integer width, Integer height, Instant sweepAt) {
        return database.withHandle(handle -> handle.createQuery("""
                        UPDATE files f SET status = 'ready', size = :size, sha256 = :sha, width = :width, height = :height,
                               sweep_at = :sweepAt
                         WHERE f.id = :id AND f.status = 'pending'""" + " RETURNING " + FileRows.COLUMNS)
                .bind("id", id.value()).bind("size", size).bind("sha", sha256).bind("width", width)
                .bind("height", height).bind("sweepAt", Timestamps.bind(sweepAt))
                .map((rs, ctx) -> FileRows.file(rs)).findOne()
                .orElseThrow(() -> new IllegalStateException("the pending upload " + id + " was swept meanwhile")));
    }

    @Override
    public void removePending(FileId id) {
        database.useHandle(handle -> handle.createUpdate("DELETE FROM files WHERE id = :id AND status = 'pending'")
                .bind("id", id.value()).execute());
    }

    @Override
    public Optional<StoredFile> find(FileId id) {
        return database.withHandle(handle -> handle.createQuery(SELECT + "WHERE f.id = :id AND " + FileRows.VISIBLE)
                .bind("id", id.value()).map((rs, ctx) -> FileRows.file(rs)).findOne());
    }

    @Override
    public Map<FileId, StoredFile> findAll(Collection<FileId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        UUID[] values = ids.stream().map(FileId::value).toArray(UUID[]::new);
        return database.withHandle(handle -> {
            Map<FileId, StoredFile> found = new HashMap<>();
            handle.createQuery(SELECT + "WHERE f.id = ANY(:ids) AND " + FileRows.VISIBLE)
                    .bind("ids", values).map((rs, ctx) -> FileRows.file(rs))
                    .forEach(file -> found.put(file.id(), file));
            return found;
        });
    }

    @Override
    public boolean markDeleted(FileId id, Instant at) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE files SET deleted_at = :at, sweep_at = :at
                         WHERE id = :id AND status = 'ready' AND deleted_at IS NULL""")
                .bind("id", id.value()).bind("at", Timestamps.bind(at)).execute()) > 0;
    }

    @Override
    public void clearSweep(FileId id) {
        database.useHandle(handle -> handle.createUpdate("UPDATE files SET sweep_at = NULL WHERE id = :id")
                .bind("id", id.value()).execute());
    }

    @Override
    public long usedBytes(UserId owner) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT coalesce(sum(size), 0) FROM files WHERE owner_id = :owner AND deleted_at IS NULL")
                .bind("owner", owner.value()).mapTo(Long.class).one());
    }

    @Override
    public boolean attachedWhereParticipant(FileId id, UserId reader) {
        return database.withHandle(handle -> handle.createQuery(ATTACHED_WHERE_PARTICIPANT)
                .bind("id", id.value()).bind("reader", reader.value()).mapTo(Boolean.class).one());
    }

    @Override
    public boolean recordedWhereJoined(FileId id, UserId reader) {
        return database.withHandle(handle -> handle.createQuery(RECORDED_WHERE_JOINED)
                .bind("id", id.value()).bind("reader", reader.value()).mapTo(Boolean.class).one());
    }

    @Override
    public boolean isAvatar(FileId id) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT EXISTS (SELECT 1 FROM avatars WHERE file_id = :id)")
                .bind("id", id.value()).mapTo(Boolean.class).one());
    }

    @Override
    public Optional<FileId> setAvatar(UUID subjectId, Optional<FileId> file) {
        return database.withHandle(handle -> {
            Optional<FileId> previous = handle.createQuery("DELETE FROM avatars WHERE subject_id = :subject RETURNING file_id")
                    .bind("subject", subjectId).mapTo(UUID.class).findOne().map(FileId::new);
            file.ifPresent(id -> handle.createUpdate("INSERT INTO avatars (subject_id, file_id) VALUES (:subject, :file)")
                    .bind("subject", subjectId).bind("file", id.value()).execute());
            return previous;
        });
    }

    @Override
    public List<FileId> ownedBy(UserId owner) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT id FROM files WHERE owner_id = :owner AND deleted_at IS NULL ORDER BY id")
                .bind("owner", owner.value()).mapTo(UUID.class).map(FileId::new).list());
    }

    @Override
    public List<Due> claimDue(Instant now, int limit) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT f.id,
                               CASE WHEN f.status = 'pending' THEN 'PENDING'
                                    WHEN f.deleted_at IS NOT NULL THEN 'DELETED'
                                    WHEN EXISTS (SELECT 1 FROM messages m WHERE m.attachment_ids @> ARRAY[f.id])
                                      OR EXISTS (SELECT 1 FROM avatars a WHERE a.file_id = f.id) THEN 'USED'
                                    ELSE 'UNUSED' END AS state
                          FROM files f
                         WHERE f.sweep_at IS NOT NULL AND f.sweep_at <= :now
                         ORDER BY f.sweep_at
                         LIMIT :limit
                           FOR UPDATE OF f SKIP LOCKED""")
                .bind("now", Timestamps.bind(now)).bind("limit", limit)
                .map((rs, ctx) -> new Due(new FileId(rs.getObject("id", UUID.class)), State.valueOf(rs.getString("state"))))
                .list());
    }

    @Override
    public void forget(FileId id) {
        database.useHandle(handle -> handle.createUpdate("DELETE FROM files WHERE id = :id")
                .bind("id", id.value()).execute());
    }
}
