package dev.parley.domain.file;

import dev.parley.domain.account.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * The metadata of a stored file: the bytes live in the {@link dev.parley.domain.file.out.FileStorage} under
 * {@link StorageKey#original(FileId)}. {@code width}/{@code height} are set for images, null otherwise.
 */
public record StoredFile(FileId id, UserId ownerId, String name, String contentType, long size, String sha256,
                         Integer width, Integer height, Instant createdAt) {
    public StoredFile {
        Objects.requireNonNull(id);
        Objects.requireNonNull(ownerId);
        Objects.requireNonNull(name);
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(createdAt);
    }

    /** An image whose dimensions were read at upload: the kinds thumbnails and avatars are made from. */
    public boolean isImage() {
        return width != null && height != null;
    }

    public boolean ownedBy(UserId user) {
        return ownerId.equals(user);
    }
}
