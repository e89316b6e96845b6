package dev.parley.livekit;

import dev.parley.domain.file.StorageKey;
import java.nio.file.Path;
import java.util.Objects;
import livekit.LivekitEgress;

/**
 * Where LiveKit Egress writes a meeting recording: Parley's own file storage, at the key it is given (ending in
 * {@code .mp4}, which the egress would append otherwise), next to its future Parley file's key. With a bucket the egress uploads there itself (same endpoint, keys and addressing
 * as Parley); with a local directory it writes the absolute path under it, so the egress server must mount
 * Parley's files directory at the same path.
 */
public sealed interface RecordingStorage {
    /** The egress's file output for {@code key}: an MP4, no manifest next to it. */
    LivekitEgress.EncodedFileOutput output(StorageKey key);

    /** Parley's S3-compatible bucket. */
    record Bucket(String endpoint, String bucket, String region, String accessKey, String secretKey, boolean pathStyle)
            implements RecordingStorage {
        public Bucket {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(accessKey, "accessKey");
            Objects.requireNonNull(secretKey, "secretKey");
        }

        @Override
        public LivekitEgress.EncodedFileOutput output(StorageKey key) {
            return mp4(key.path()).setS3(LivekitEgress.S3Upload.newBuilder().setEndpoint(endpoint).setBucket(bucket)
                    .setRegion(region).setAccessKey(accessKey).setSecret(secretKey).setForcePathStyle(pathStyle)).build();
        }

        @Override
        public String toString() {
            return "Bucket[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + ", accessKey="
                    + accessKey + ", secretKey=****, pathStyle=" + pathStyle + "]";
        }
    }

    /** Parley's local files directory ({@code PARLEY_FILES_DIR}), absolute. */
    record Directory(Path root) implements RecordingStorage {
        public Directory {
            root = root.toAbsolutePath().normalize();
        }

        @Override
        public LivekitEgress.EncodedFileOutput output(StorageKey key) {
            return mp4(root.resolve(key.path()).toString()).build();
        }
    }

    private static LivekitEgress.EncodedFileOutput.Builder mp4(String filepath) {
        return LivekitEgress.EncodedFileOutput.newBuilder().setFileType(LivekitEgress.EncodedFileType.MP4)
                .setFilepath(filepath).setDisableManifest(true);
    }
}
