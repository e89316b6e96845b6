package dev.parley.application.file;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of files: the largest upload, each user's storage quota, how long a signed link lives, when a file
 * never attached is removed, and the most pixels a thumbnail source may have.
 */
public record FileSettings(long maxUploadBytes, long userQuotaBytes, Duration linkTtl, Duration orphanAfter,
                           long maxImagePixels) {
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 26_214_400L;
    public static final long DEFAULT_USER_QUOTA_BYTES = 1L << 30;
    public static final Duration DEFAULT_LINK_TTL = Duration.ofHours(1);
    public static final Duration DEFAULT_ORPHAN_AFTER = Duration.ofHours(24);
    /** 100 megapixels: a 10,000 × 10,000 photo; a decompression bomb claims far more. */
    public static final long DEFAULT_MAX_IMAGE_PIXELS = 100_000_000L;

    public FileSettings {
        if (maxUploadBytes < 1 || userQuotaBytes < 1 || maxImagePixels < 1) {
            throw new IllegalArgumentException("maxUploadBytes, userQuotaBytes and maxImagePixels must be positive");
        }
        Objects.requireNonNull(linkTtl);
        Objects.requireNonNull(orphanAfter);
    }

    public static FileSettings defaults() {
        return new FileSettings(DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_USER_QUOTA_BYTES, DEFAULT_LINK_TTL,
                DEFAULT_ORPHAN_AFTER, DEFAULT_MAX_IMAGE_PIXELS);
    }
}
