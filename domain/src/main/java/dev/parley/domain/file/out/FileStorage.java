package dev.parley.domain.file.out;

import dev.parley.domain.file.StorageKey;
import java.io.InputStream;
import java.util.Optional;

/**
 * Outgoing port: where file bytes live (a local directory, an S3-compatible bucket). Keys are made of ids only.
 * Implementations stream: no method holds a whole object in memory.
 */
public interface FileStorage {
    /**
     * Stores everything {@code content} yields under {@code key}, replacing what was there, all or nothing: when
     * reading {@code content} fails (the client hung up, a limit was hit) the exception propagates and nothing
     * is left under the key or anywhere else. Reads {@code content} to its end but does not close it.
     */
    void write(StorageKey key, InputStream content);

    /**
     * The bytes {@code offset} to {@code offset + length - 1} of the object (the caller knows its size from the
     * metadata); empty when there is no such object. The caller closes the stream.
     */
    Optional<InputStream> read(StorageKey key, long offset, long length);

    /** Removes the object; removing one that is not there is not an error. */
    void delete(StorageKey key);

    boolean exists(StorageKey key);

    /**
     * A time-limited URL at which a client may fetch the bytes straight from the storage, where the storage
     * supports that (a presigned bucket URL); empty for local disk.
     */
    default Optional<String> presignedUrl(StorageKey key, String fileName, String contentType, java.time.Duration validFor) {
        return Optional.empty();
    }
}
