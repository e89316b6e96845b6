package dev.parley.inmemory.file;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.StoredFile;
import dev.parley.domain.file.out.FileRepository;
import dev.parley.inmemory.conversation.InMemoryConversationData;
import dev.parley.inmemory.meeting.InMemoryMeetingRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * In-memory adapter: file metadata in maps, one lock. Built on the conversation and meeting stores, a file is
 * readable where a message the reader can see carries it, or as the recording of a meeting they joined, as in the
 * database; built alone (unit tests), {@link #attach} says who may read it and no recording is readable.
 */
public final class InMemoryFileRepository implements FileRepository {
    private final Map<FileId, Row> rows = new HashMap<>();
    private final Map<UUID, FileId> avatars = new HashMap<>();
    private final Map<FileId, Set<UserId>> attachedFor = new HashMap<>();
    private final Optional<InMemoryConversationData> messages;
    private final Optional<InMemoryMeetingRepository> meetings;

    /** Files that know no messages or meetings: only {@link #attach} makes one readable by a non-owner. */
    public InMemoryFileRepository() {
        this.messages = Optional.empty();
        this.meetings = Optional.empty();
    }

    /** Files readable through the messages in {@code messages} and the recordings of {@code meetings}. */
    public InMemoryFileRepository(InMemoryConversationData messages, InMemoryMeetingRepository meetings) {
        this.messages = Optional.of(messages);
        this.meetings = Optional.of(meetings);
    }

    private record Row(StoredFile file, boolean ready, Instant deletedAt, Instant sweepAt) {
        Row with(Instant newSweepAt) {
            return new Row(file, ready, deletedAt, newSweepAt);
        }
    }

    public synchronized void attach(FileId id, UserId reader) {
        attachedFor.computeIfAbsent(id, ignored -> new HashSet<>()).add(reader);
    }

    public synchronized int rowCount() {
        return rows.size();
    }

    @Override
    public synchronized void insertPending(FileId id, UserId owner, String name, String contentType, Instant createdAt,
                                           Instant sweepAt) {
        rows.put(id, new Row(new StoredFile(id, owner, name, contentType, 0, null, null, null, createdAt), false, null,
                sweepAt));
    }

    @Override
    public synchronized StoredFile markReady(FileId id, long size, String sha256, Integer width, Integer height,
                                             Instant sweepAt) {
        Row row = rows.get(id);
        if (row == null || row.ready()) {
            throw new IllegalStateException("the pending upload " + id + " was swept meanwhile");
        }
        StoredFile old = row.file();
        StoredFile ready = new StoredFile(id, old.ownerId(), old.name(), old.contentType(), size, sha256, width, height,
                old.createdAt());
        rows.put(id, new Row(ready, true, null, sweepAt));
        return ready;
    }

    @Override
    public synchronized void removePending(FileId id) {
        Row row = rows.get(id);
        if (row != null && !row.ready()) {
            rows.remove(id);
        }
    }

    @Override
    public synchronized Optional<StoredFile> find(FileId id) {
        Row row = rows.get(id);
        return row != null && row.ready() && row.deletedAt() == null ? Optional.of(row.file()) : Optional.empty();
    }

    @Override
    public synchronized Map<FileId, StoredFile> findAll(Collection<FileId> ids) {
        Map<FileId, StoredFile> found = new HashMap<>();
        ids.forEach(id -> find(id).ifPresent(file -> found.put(id, file)));
        return found;
    }

    @Override
    public synchronized boolean markDeleted(FileId id, Instant at) {
        Row row = rows.get(id);
        if (row == null || !row.ready() || row.deletedAt() != null) {
            return false;
        }
        rows.put(id, new Row(row.file(), true, at, at));
        return true;
    }

    @Override
    public synchronized void clearSweep(FileId id) {
        rows.computeIfPresent(id, (ignored, row) -> row.with(null));
    }

    @Override
    public synchronized long usedBytes(UserId owner) {
        return rows.values().stream().filter(row -> row.deletedAt() == null && row.file().ownedBy(owner))
                .mapToLong(row -> row.file().size()).sum();
    }

    @Override
    public boolean attachedWhereParticipant(FileId id, UserId reader) {
        synchronized (this) {
            if (attachedFor.getOrDefault(id, Set.of()).contains(reader)) {
                return true;
            }
        }
        // Outside this lock: the messages take their own, and no lock is ever held while taking another.
        return messages.map(data -> data.attachedWhereParticipant(id, reader)).orElse(false);
    }

    @Override
    public boolean recordedWhereJoined(FileId id, UserId reader) {
        return meetings.map(store -> store.recordedWhereJoined(id, reader)).orElse(false);
    }

    @Override
    public synchronized boolean isAvatar(FileId id) {
        return avatars.containsValue(id);
    }

    @Override
    public synchronized Optional<FileId> setAvatar(UUID subjectId, Optional<FileId> file) {
        Optional<FileId> previous = Optional.ofNullable(avatars.remove(subjectId));
        file.ifPresent(id -> avatars.put(subjectId, id));
        return previous;
    }

    @Override
    public synchronized List<FileId> ownedBy(UserId owner) {
        return rows.values().stream().filter(row -> row.deletedAt() == null && row.file().ownedBy(owner))
                .map(row -> row.file().id()).toList();
    }

    @Override
    public synchronized List<Due> claimDue(Instant now, int limit) {
        List<Due> due = new ArrayList<>();
        rows.values().stream().filter(row -> row.sweepAt() != null && !row.sweepAt().isAfter(now))
                .sorted(Comparator.comparing(Row::sweepAt)).limit(limit).forEach(row -> {
                    FileId id = row.file().id();
                    State state = !row.ready() ? State.PENDING : row.deletedAt() != null ? State.DELETED
                            : attachedFor.containsKey(id) || avatars.containsValue(id) ? State.USED : State.UNUSED;
                    due.add(new Due(id, state));
                });
        return due;
    }

    @Override
    public synchronized void forget(FileId id) {
        rows.remove(id);
    }
}
