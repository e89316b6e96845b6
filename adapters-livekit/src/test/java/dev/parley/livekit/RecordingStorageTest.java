package dev.parley.livekit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.file.FileId;
import dev.parley.domain.file.StorageKey;
import java.nio.file.Path;
import java.util.UUID;
import livekit.LivekitEgress;
import org.junit.jupiter.api.Test;

/**
 * The egress file output points at the recording's Parley file key (with the {@code .mp4} LiveKit Egress would
 * append anyway), in the bucket or the files directory.
 */
class RecordingStorageTest {
    private static final StorageKey KEY = StorageKey.incomingMp4(new FileId(UUID.fromString("0190f1c2-0000-7000-8000-00000000abcd")));

    @Test
    void a_bucket_output_uploads_to_the_key_with_parleys_bucket_settings() {
        RecordingStorage bucket = new RecordingStorage.Bucket("http://minio:9000", "files", "eu-west-1", "AK", "SK", true);

        LivekitEgress.EncodedFileOutput output = bucket.output(KEY);

        assertThat(output.getFilepath()).isEqualTo("cd/ab/0190f1c2-0000-7000-8000-00000000abcd.mp4");
        assertThat(output.getFileType()).isEqualTo(LivekitEgress.EncodedFileType.MP4);
        assertThat(output.getDisableManifest()).isTrue();
        assertThat(output.getS3()).isEqualTo(LivekitEgress.S3Upload.newBuilder().setEndpoint("http://minio:9000")
                .setBucket("files").setRegion("eu-west-1").setAccessKey("AK").setSecret("SK").setForcePathStyle(true)
                .build());
        assertThat(bucket.toString()).doesNotContain("SK");
    }

    @Test
    void a_directory_output_is_the_absolute_path_of_the_key_under_the_files_directory() {
        Path root = Path.of("/srv/parley/files");

        LivekitEgress.EncodedFileOutput output = new RecordingStorage.Directory(root.resolve("../files")).output(KEY);

        assertThat(output.getFilepath()).isEqualTo("/srv/parley/files/cd/ab/0190f1c2-0000-7000-8000-00000000abcd.mp4");
        assertThat(output.hasS3()).isFalse();
    }
}
