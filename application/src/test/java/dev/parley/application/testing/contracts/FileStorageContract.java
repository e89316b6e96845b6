package dev.parley.application.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.file.FileId;
import dev.parley.domain.file.StorageKey;
import dev.parley.domain.file.out.FileStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link FileStorage} must do; run against local disk and a real S3-compatible server. */
public abstract class FileStorageContract {
    /** The S3 storage's upload part (S3's smallest): content beyond it takes the multipart path. */
    private static final long UPLOAD_PART = 5L * 1024 * 1024;

    protected abstract FileStorage storage();

    private static StorageKey newKey() {
        return StorageKey.original(new FileId(UUID.randomUUID()));
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Test
    void stored_bytes_read_back_whole_and_by_range() {
        StorageKey key = newKey();
        byte[] content = bytes(10_000);

        storage().write(key, new ByteArrayInputStream(content));

        assertThat(storage().exists(key)).isTrue();
        assertThat(readAll(storage().read(key, 0, content.length).orElseThrow())).isEqualTo(content);
        byte[] middle = java.util.Arrays.copyOfRange(content, 100, 200);
        assertThat(readAll(storage().read(key, 100, 100).orElseThrow())).isEqualTo(middle);
        assertThat(readAll(storage().read(key, 9_990, Long.MAX_VALUE).orElseThrow())).hasSize(10);
    }

    @Test
    void content_larger_than_one_upload_part_streams_through_and_reads_back_exactly() {
        StorageKey key = newKey();
        byte[] content = bytes((int) UPLOAD_PART * 2 + 12_345);

        storage().write(key, new ByteArrayInputStream(content));

        assertThat(readAll(storage().read(key, 0, content.length).orElseThrow())).isEqualTo(content);
    }

    @Test
    void writing_again_replaces_the_object() {
        StorageKey key = newKey();
        storage().write(key, new ByteArrayInputStream(bytes(500)));

        storage().write(key, new ByteArrayInputStream(new byte[] {1, 2, 3}));

        assertThat(readAll(storage().read(key, 0, 3).orElseThrow())).containsExactly(1, 2, 3);
    }

    @Test
    void a_write_whose_content_breaks_off_leaves_nothing() {
        StorageKey small = newKey();
        StorageKey large = newKey();

        assertThatThrownBy(() -> storage().write(small, new BreakingInput(1_000))).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> storage().write(large, new BreakingInput((int) UPLOAD_PART + 1_000)))
                .isInstanceOf(RuntimeException.class);

        assertThat(storage().exists(small)).isFalse();
        assertThat(storage().exists(large)).isFalse();
        assertThat(storage().read(small, 0, 10)).isEmpty();
    }

    @Test
    void deleted_objects_are_gone_and_deleting_twice_or_a_missing_one_is_harmless() {
        StorageKey key = newKey();
        storage().write(key, new ByteArrayInputStream(bytes(10)));

        storage().delete(key);
        storage().delete(key);
        storage().delete(newKey());

        assertThat(storage().exists(key)).isFalse();
        assertThat(storage().read(key, 0, 10)).isEmpty();
    }

    @Test
    void variants_of_one_file_are_separate_objects() {
        FileId id = new FileId(UUID.randomUUID());
        storage().write(StorageKey.original(id), new ByteArrayInputStream(new byte[] {1}));

        assertThat(storage().exists(StorageKey.thumbnail(id, 64))).isFalse();
        storage().write(StorageKey.thumbnail(id, 64), new ByteArrayInputStream(new byte[] {2}));
        assertThat(readAll(storage().read(StorageKey.original(id), 0, 1).orElseThrow())).containsExactly(1);
    }

    /** Yields {@code size} bytes, then fails like a client hanging up mid-upload. */
    private static final class BreakingInput extends InputStream {
        private int remaining;

        BreakingInput(int size) {
            this.remaining = size;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                throw new IOException("the client hung up");
            }
            int count = Math.min(length, remaining);
            remaining -= count;
            return count;
        }
    }
}
