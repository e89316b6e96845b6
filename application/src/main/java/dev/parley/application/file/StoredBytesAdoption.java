package dev.parley.application.file;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.StorageKey;
import dev.parley.domain.file.StoredFile;
import dev.parley.domain.file.in.AdoptStoredBytesUseCase;
import dev.parley.domain.file.out.FileRepository;
import dev.parley.domain.file.out.FileStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Makes bytes already in the storage a Parley file: moved to the file's original key and measured in one pass
 * through {@link MeasuredInput} (no size limit: the writer was trusted), then recorded pending and ready in the
 * caller's transaction with no sweep timer (the file is in use from the start, like an avatar).
 */
public final class StoredBytesAdoption implements AdoptStoredBytesUseCase {
    private final FileRepository files;
    private final FileStorage storage;

    public StoredBytesAdoption(FileRepository files, FileStorage storage) {
        this.files = files;
        this.storage = storage;
    }

    @Override
    public Optional<Measured> claim(StorageKey written, FileId id) {
        StorageKey original = StorageKey.original(id);
        Optional<InputStream> incoming = storage.read(written, 0, Long.MAX_VALUE);
        if (incoming.isPresent()) {
            Measured moved = measured(incoming.get(), in -> storage.write(original, in));
            storage.delete(written);
            if (moved.size() == 0) {
                storage.delete(original);
                return Optional.empty();
            }
            return Optional.of(moved);
        }
        return storage.read(original, 0, Long.MAX_VALUE)
                .map(stream -> measured(stream, in -> in.transferTo(OutputStream.nullOutputStream())))
                .filter(bytes -> bytes.size() > 0);
    }

    /** Passes every byte of {@code stream} to {@code sink} once, counting and hashing on the way; closes the stream. */
    private static Measured measured(InputStream stream, Sink sink) {
        try (InputStream in = stream) {
            MeasuredInput measured = new MeasuredInput(in, Long.MAX_VALUE, "no limit");
            sink.accept(measured);
            return new Measured(measured.count(), measured.sha256());
        } catch (IOException failed) {
            throw new UncheckedIOException("could not read stored bytes", failed);
        }
    }

    @FunctionalInterface
    private interface Sink {
        void accept(InputStream in) throws IOException;
    }

    @Override
    public StoredFile adopt(FileId id, UserId owner, String name, String contentType, Measured bytes, Instant at) {
        files.insertPending(id, owner, name, contentType, at, null);
        return files.markReady(id, bytes.size(), bytes.sha256(), null, null, null);
    }
}
