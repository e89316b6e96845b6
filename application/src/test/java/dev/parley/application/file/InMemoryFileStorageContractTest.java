package dev.parley.application.file;

import dev.parley.application.testing.contracts.FileStorageContract;
import dev.parley.domain.file.out.FileStorage;
import dev.parley.inmemory.file.InMemoryFileStorage;

/** The in-memory file storage against the contract the local-disk and S3 storages pass. */
class InMemoryFileStorageContractTest extends FileStorageContract {
    private final InMemoryFileStorage storage = new InMemoryFileStorage();

    @Override
    protected FileStorage storage() {
        return storage;
    }
}
