package dev.parley.domain.file;

import java.util.Objects;

/**
 * Where one variant of a file's bytes lives in the storage, made of the file id only (never of a name, so no
 * input can reach outside the store), fanned out by the id's last hex digits: two directory levels of 256
 * each keep every directory small even with hundreds of millions of files (UUIDv7 ids start with the time,
 * so their leading digits would put a day's uploads in one directory).
 */
public record StorageKey(FileId fileId, Variant variant) {
    /**
     * The original bytes, one of the cached thumbnails, or an MP4 another system writes before it becomes the
     * original (LiveKit Egress always ends an MP4's path with {@code .mp4}).
     */
    public enum Variant {
        ORIGINAL(""), THUMBNAIL_64(".t64"), THUMBNAIL_256(".t256"), INCOMING_MP4(".mp4");

        private final String suffix;

        Variant(String suffix) {
            this.suffix = suffix;
        }
    }

    public StorageKey {
        Objects.requireNonNull(fileId);
        Objects.requireNonNull(variant);
    }

    public static StorageKey original(FileId id) {
        return new StorageKey(id, Variant.ORIGINAL);
    }

    /** Where a meeting recording's egress writes the file {@code id} before it is registered. */
    public static StorageKey incomingMp4(FileId id) {
        return new StorageKey(id, Variant.INCOMING_MP4);
    }

    public static StorageKey thumbnail(FileId id, int size) {
        return new StorageKey(id, size <= 64 ? Variant.THUMBNAIL_64 : Variant.THUMBNAIL_256);
    }

    /** The key as a relative path of ASCII hex digits, dashes and slashes: {@code "ef/cd/<uuid>.t64"}. */
    public String path() {
        String id = fileId.value().toString();
        return id.substring(34, 36) + "/" + id.substring(32, 34) + "/" + id + variant.suffix;
    }
}
