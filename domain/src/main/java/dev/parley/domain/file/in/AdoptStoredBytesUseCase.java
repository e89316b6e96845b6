package dev.parley.domain.file.in;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.StoredFile;
import java.time.Instant;
import java.util.Optional;

/**
 * Use case: bytes another system wrote straight into Parley's file storage under
 * {@link dev.parley.domain.file.StorageKey#original(FileId)} (a meeting recording written by LiveKit Egress)
 * become a Parley file. Measuring reads the object once (outside any transaction: it may be large); adopting
 * records it, joining the caller's transaction, so a file row never exists without its bytes.
 */
public interface AdoptStoredBytesUseCase {
    /** The object's size and SHA-256, read once through the storage; empty when there is no (or an empty) object. */
    Optional<Measured> measure(FileId id);

    /** Records the measured bytes as a ready file of {@code owner}, never swept as unused. */
    StoredFile adopt(FileId id, UserId owner, String name, String contentType, Measured bytes, Instant at);

    /** What reading the stored object found. */
    record Measured(long size, String sha256) {
    }
}
