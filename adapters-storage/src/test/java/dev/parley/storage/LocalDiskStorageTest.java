package dev.parley.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.testing.contracts.FileStorageContract;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.StorageKey;
import dev.parley.domain.file.out.FileStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract on local disk, and what only a directory shows: fan-out and no leftovers. */
class LocalDiskStorageTest extends FileStorageContract {
    @TempDir
    static Path root;
    private static LocalDiskStorage storage;

    @Override
    protected FileStorage storage() {
        if (storage == null) {
            storage = new LocalDiskStorage(root);
        }
        return storage;
    }

    @Test
    void objects_fan_out_into_two_directory_levels_named_by_the_id_only() {
        UUID id = UUID.fromString("0190a5a0-1234-7000-8000-00000000abcd");
        storage().write(StorageKey.original(new FileId(id)), new ByteArrayInputStream(new byte[] {7}));

        assertThat(root.resolve("cd/ab/" + id)).exists();
    }

    @Test
    void no_temporary_file_survives_a_write_or_a_broken_one() throws IOException {
        storage().write(StorageKey.original(new FileId(UUID.randomUUID())), new ByteArrayInputStream(new byte[100]));

        try (var left = Files.list(root.resolve(".tmp"))) {
            assertThat(left).isEmpty();
        }
    }
}
