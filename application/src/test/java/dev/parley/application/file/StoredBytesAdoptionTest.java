package dev.parley.application.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.StorageKey;
import dev.parley.domain.file.StoredFile;
import dev.parley.domain.file.in.AdoptStoredBytesUseCase.Measured;
import dev.parley.inmemory.file.InMemoryFileRepository;
import dev.parley.inmemory.file.InMemoryFileStorage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bytes an egress wrote next to a file's key become that file: moved once, measured on the way, never swept. */
class StoredBytesAdoptionTest {
    private final InMemoryFileRepository files = new InMemoryFileRepository();
    private final InMemoryFileStorage storage = new InMemoryFileStorage();
    private final StoredBytesAdoption adoption = new StoredBytesAdoption(files, storage);
    private final FileId id = new FileId(UUID.randomUUID());
    private final StorageKey incoming = StorageKey.incomingMp4(id);

    @Test
    void the_written_bytes_move_to_the_files_key_and_a_resend_measures_them_again() throws Exception {
        byte[] mp4 = "a recording".getBytes(StandardCharsets.UTF_8);
        storage.write(incoming, new ByteArrayInputStream(mp4));
        Measured expected = new Measured(mp4.length,
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(mp4)));

        assertThat(adoption.claim(incoming, id)).contains(expected);
        assertThat(storage.exists(incoming)).isFalse();
        assertThat(storage.read(StorageKey.original(id), 0, Long.MAX_VALUE).orElseThrow().readAllBytes()).isEqualTo(mp4);
        assertThat(adoption.claim(incoming, id)).as("a resent webhook").contains(expected);

        UserId host = new UserId(UUID.randomUUID());
        StoredFile file = adoption.adopt(id, host, "Weekly sync 2026-12-03.mp4", "video/mp4", expected, Instant.now());
        assertThat(file.ownedBy(host)).isTrue();
        assertThat(file.size()).isEqualTo(mp4.length);
        assertThat(files.find(id)).contains(file);
    }

    @Test
    void nothing_or_nothing_but_an_empty_object_is_no_file() {
        assertThat(adoption.claim(incoming, id)).isEmpty();

        storage.write(incoming, new ByteArrayInputStream(new byte[0]));
        assertThat(adoption.claim(incoming, id)).isEmpty();
        assertThat(storage.exists(incoming)).isFalse();
        assertThat(storage.exists(StorageKey.original(id))).isFalse();
        assertThat(files.find(id)).isEmpty();
    }
}
