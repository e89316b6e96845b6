package dev.parley.domain.file.in;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.StorageKey;
import dev.parley.domain.file.StoredFile;
import java.time.Instant;
import java.util.Optional;

/**
 * Use case: bytes another system wrote straight into Parley's file storage (a meeting recording written by
 * LiveKit Egress under {@code written}) become a Parley file. Claiming reads the object once (outside any
 * transaction: it may be large); adopting records it, joining the caller's transaction, so a file row never
 * exists without its bytes.
 */
public interface AdoptStoredBytesUseCase {
    /**
     * Moves the object under {@code written} to {@link dev.parley.domain.file.StorageKey#original(FileId)},
     * measuring its size and SHA-256 in the same single read; when it was moved already (a resend), measures the
     * original instead. Empty when there is no (or an empty) object.
     */
    Optional<Measured> claim(StorageKey written, FileId id);

    /** Records the measured bytes as a ready file of {@code owner}, never swept as unused. */
    StoredFile adopt(FileId id, UserId owner, String name, String contentType, Measured bytes, Instant at);

    /** What reading the stored object found. */
    record Measured(long size, String sha256) {
    }
}
