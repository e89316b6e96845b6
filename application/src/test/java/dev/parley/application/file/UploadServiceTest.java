package dev.parley.application.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.testing.MutableClock;
import dev.parley.domain.account.UserId;
import dev.parley.domain.file.ImageSize;
import dev.parley.domain.file.StoredFile;
import dev.parley.domain.file.in.UploadFileUseCase.Command;
import dev.parley.domain.file.out.ImageCodec;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import dev.parley.inmemory.file.InMemoryFileRepository;
import dev.parley.inmemory.file.InMemoryFileStorage;
import dev.parley.inmemory.shared.DirectTransactions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UploadServiceTest {
    private static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
    /** Sees a 4×3 image in any bytes that start like a PNG. */
    private static final ImageCodec IMAGES = new ImageCodec() {
        @Override
        public Optional<ImageSize> probe(InputStream bytes) {
            return Optional.of(new ImageSize(4, 3));
        }

        @Override
        public Optional<byte[]> thumbnail(InputStream bytes, ImageSize source, int box, boolean png) {
            return Optional.of(new byte[] {1});
        }
    };

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T10:00:00Z"));
    private final InMemoryFileRepository files = new InMemoryFileRepository();
    private final InMemoryFileStorage storage = new InMemoryFileStorage();
    private final UserId alice = new UserId(UUID.randomUUID());

    private UploadService service(long maxUpload, long quota) {
        return new UploadService(files, storage, IMAGES,
                new FileSettings(maxUpload, quota, Duration.ofHours(1), Duration.ofHours(24), 1_000), clock);
    }

    @Test
    void stores_the_bytes_with_their_size_and_sha256_computed_on_the_way() throws Exception {
        byte[] content = "hello".getBytes(StandardCharsets.UTF_8);

        StoredFile file = service(100, 1_000).upload(new Command(alice, "../hi.txt", "text/plain; charset=utf-8", null,
                new ByteArrayInputStream(content)));

        assertThat(file.name()).isEqualTo("hi.txt");
        assertThat(file.contentType()).isEqualTo("text/plain");
        assertThat(file.size()).isEqualTo(5);
        assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(files.find(file.id())).contains(file);
        assertThat(storage.objectCount()).isEqualTo(1);
    }

    @Test
    void images_get_their_dimensions_and_unlabelled_bytes_their_type() {
        StoredFile file = service(100, 1_000).upload(new Command(alice, "x", null, null, new ByteArrayInputStream(PNG_HEAD)));

        assertThat(file.contentType()).isEqualTo("image/png");
        assertThat(file.width()).isEqualTo(4);
        assertThat(file.height()).isEqualTo(3);
    }

    @Test
    void a_client_hanging_up_mid_upload_leaves_no_row_and_no_bytes() {
        InputStream breaksOff = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ < 1_000) {
                    return 'x';
                }
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> service(10_000, 100_000).upload(new Command(alice, "a", "text/plain", null, breaksOff)))
                .isInstanceOf(RuntimeException.class);

        assertThat(files.rowCount()).isZero();
        assertThat(storage.objectCount()).isZero();
    }

    @Test
    void an_upload_past_the_limit_stops_being_read_and_leaves_nothing() {
        CountingInput endless = new CountingInput(1_000_000);

        assertThatThrownBy(() -> service(1_000, 100_000).upload(new Command(alice, "a", "text/plain", null, endless)))
                .isInstanceOfSatisfying(ParleyException.class, refused ->
                        assertThat(refused.code()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE));

        assertThat(endless.served).isLessThan(1_000 + 64 * 1024 + 1);
        assertThat(files.rowCount()).isZero();
        assertThat(storage.objectCount()).isZero();
    }

    @Test
    void a_declared_length_over_the_limit_or_the_quota_is_refused_before_reading_a_byte() {
        CountingInput body = new CountingInput(5_000);

        assertThatThrownBy(() -> service(1_000, 100_000).upload(new Command(alice, "a", "text/plain", 5_000L, body)))
                .isInstanceOf(ParleyException.class);
        assertThatThrownBy(() -> service(10_000, 4_000).upload(new Command(alice, "a", "text/plain", 5_000L, body)))
                .isInstanceOfSatisfying(ParleyException.class, refused ->
                        assertThat(refused.getMessage()).contains("quota"));
        assertThat(body.served).isZero();
    }

    @Test
    void the_quota_counts_what_the_user_already_keeps() {
        UploadService service = service(10_000, 1_500);
        service.upload(new Command(alice, "a", "text/plain", null, new CountingInput(1_000)));

        assertThatThrownBy(() -> service.upload(new Command(alice, "b", "text/plain", null, new CountingInput(1_000))))
                .isInstanceOfSatisfying(ParleyException.class, refused ->
                        assertThat(refused.getMessage()).contains("quota"));
        assertThat(files.rowCount()).isEqualTo(1);
    }

    @Test
    void empty_mislabelled_and_malformed_uploads_are_refused() {
        UploadService service = service(1_000, 10_000);

        assertThatThrownBy(() -> service.upload(new Command(alice, "a", "text/plain", null, new ByteArrayInputStream(new byte[0]))))
                .isInstanceOfSatisfying(ParleyException.class, refused ->
                        assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        assertThatThrownBy(() -> service.upload(new Command(alice, "a", "image/jpeg", null, new ByteArrayInputStream(PNG_HEAD))))
                .isInstanceOfSatisfying(ParleyException.class, refused ->
                        assertThat(refused.code()).isEqualTo(ErrorCode.UNSUPPORTED_MEDIA_TYPE));
        assertThatThrownBy(() -> service.upload(new Command(alice, "a", "no type", null, new ByteArrayInputStream(PNG_HEAD))))
                .isInstanceOfSatisfying(ParleyException.class, refused ->
                        assertThat(refused.code()).isEqualTo(ErrorCode.UNSUPPORTED_MEDIA_TYPE));
        assertThat(files.rowCount()).isZero();
    }

    @Test
    void the_sweeper_removes_files_never_attached_after_the_orphan_time_and_keeps_attached_ones() {
        UploadService service = service(1_000, 10_000);
        StoredFile orphan = service.upload(new Command(alice, "a", "text/plain", null, new CountingInput(10)));
        StoredFile attached = service.upload(new Command(alice, "b", "text/plain", null, new CountingInput(10)));
        files.attach(attached.id(), alice);
        FileSweeper sweeper = new FileSweeper(files, new FileBytes(files, storage), new DirectTransactions(), clock);

        sweeper.sweepAll();
        assertThat(files.rowCount()).isEqualTo(2);
        clock.advance(Duration.ofHours(25));
        sweeper.sweepAll();

        assertThat(files.find(orphan.id())).isEmpty();
        assertThat(files.find(attached.id())).isPresent();
        assertThat(storage.objectCount()).isEqualTo(1);
    }

    /** {@code size} bytes of 'x', counting how many were read. */
    private static final class CountingInput extends InputStream {
        private final int size;
        private int served;

        CountingInput(int size) {
            this.size = size;
        }

        @Override
        public int read() {
            return served < size && served++ >= 0 ? 'x' : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (served >= size) {
                return -1;
            }
            int count = Math.min(length, size - served);
            java.util.Arrays.fill(buffer, offset, offset + count, (byte) 'x');
            served += count;
            return count;
        }
    }
}
