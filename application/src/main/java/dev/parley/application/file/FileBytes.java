package dev.parley.application.file;

import dev.parley.domain.file.FileId;
import dev.parley.domain.file.StorageKey;
import dev.parley.domain.file.out.FileRepository;
import dev.parley.domain.file.out.FileStorage;

/**
 * Removes every stored variant of a file (the original and its thumbnails) and, once they are gone, clears
 * the file's sweep timer; a failure is logged and left to the sweeper.
 */
public final class FileBytes {
    private final FileRepository files;
    private final FileStorage storage;

    public FileBytes(FileRepository files, FileStorage storage) {
        this.files = files;
        this.storage = storage;
    }

    /** Removes every variant; throws when the storage fails. */
    void remove(FileId id) {
        for (StorageKey.Variant variant : StorageKey.Variant.values()) {
            storage.delete(new StorageKey(id, variant));
        }
    }

    void removeQuietly(FileId id) {
        try {
            remove(id);
            files.clearSweep(id);
        } catch (RuntimeException failed) {
            System.getLogger(FileBytes.class.getName()).log(System.Logger.Level.WARNING,
                    "could not remove the bytes of file " + id + " now; the sweeper retries: " + failed.getMessage());
        }
    }
}
