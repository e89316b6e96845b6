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
 * Makes bytes already in the storage a Parley file: measured by streaming the object once through
 * {@link MeasuredInput} (no size limit: the writer was trusted), then recorded pending and ready in the caller's
 * transaction with no sweep timer (the file is in use from the start, like an avatar).
 */
public final class StoredBytesAdoption implements AdoptStoredBytesUseCase {
    private final FileRepository files;
    private final FileStorage storage;

    public StoredBytesAdoption(FileRepository files, FileStorage storage) {
        this.files = files;
        this.storage = storage;
    }

    @Override
    public Optional<Measured> measure(FileId id) {
        return storage.read(StorageKey.original(id), 0, Long.MAX_VALUE).flatMap(stream -> {
            try (InputStream in = stream) {
                MeasuredInput measured = new MeasuredInput(in, Long.MAX_VALUE, "unreachable");
                measured.transferTo(OutputStream.nullOutputStream());
                return measured.count() == 0 ? Optional.empty()
                        : Optional.of(new Measured(measured.count(), measured.sha256()));
            } catch (IOException failed) {
                throw new UncheckedIOException("could not read the stored object of " + id, failed);
            }
        });
    }

    @Override
    public StoredFile adopt(FileId id, UserId owner, String name, String contentType, Measured bytes, Instant at) {
        files.insertPending(id, owner, name, contentType, at, null);
        return files.markReady(id, bytes.size(), bytes.sha256(), null, null, null);
    }
}
