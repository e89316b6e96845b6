package dev.parley.storage;

import java.nio.file.Path;
import java.util.Optional;

/** Where file bytes go: the local directory, or the S3-compatible bucket when an endpoint is set. */
public record StorageSettings(Path directory, Optional<S3Settings> s3) {
    /** An S3-compatible bucket; {@code pathStyle} for servers without virtual-host buckets (MinIO, S3Proxy, Ceph). */
    public record S3Settings(String endpoint, String bucket, String region, String accessKey, String secretKey,
                             boolean pathStyle) {
        @Override
        public String toString() {
            return "S3Settings[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + ", accessKey="
                    + accessKey + ", secretKey=****, pathStyle=" + pathStyle + "]";
        }
    }
}
