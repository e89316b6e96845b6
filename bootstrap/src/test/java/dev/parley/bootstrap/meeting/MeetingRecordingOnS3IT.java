package dev.parley.bootstrap.meeting;

import static dev.parley.bootstrap.support.Meetings.act;
import static dev.parley.bootstrap.support.Meetings.join;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.FakeLiveKit;
import dev.parley.bootstrap.support.Meetings;
import dev.parley.bootstrap.support.S3Bucket;
import dev.parley.bootstrap.support.TestNodeExtension;
import dev.parley.bootstrap.support.Uploads;
import dev.parley.bootstrap.support.Uploads.Reply;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.StorageKey;
import dev.parley.storage.S3Storage;
import dev.parley.storage.StorageSettings;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import livekit.LivekitEgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A meeting recording with Parley's files in an S3-compatible bucket (S3Proxy in-process): the egress is told to
 * upload to that bucket at the recording's file key, and once it has (the test plays the egress) and says so,
 * the object is a Parley file the participants download.
 */
class MeetingRecordingOnS3IT {
    private static final S3Bucket s3 = S3Bucket.start("eu-west-1");
    private static final StorageSettings.S3Settings bucket = s3.settings();
    private static final FakeLiveKit liveKit = new FakeLiveKit();
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(liveKit.environment()).and(s3.environment())
            .closing(liveKit).closing(s3);
    private static final ApiClient api = node.client();

    @Test
    void the_egress_uploads_to_the_files_bucket_and_the_recording_becomes_a_downloadable_file() throws Exception {
        SignedInUser host = Accounts.register(api);
        SignedInUser guest = Accounts.register(api);
        SignedInUser stranger = Accounts.register(api);
        JsonNode meeting = Meetings.create(api, host, Map.of()).json();
        String id = meeting.path("id").asText();
        join(api, host, meeting.path("code").asText());
        join(api, guest, meeting.path("code").asText());

        assertThat(act(api, id, "recording/start", host).status()).isEqualTo(200);

        String egress = liveKit.requests("StartRoomCompositeEgress", "meeting-" + id).getFirst().track();
        LivekitEgress.EncodedFileOutput output = liveKit.fileOutput(egress).orElseThrow();
        assertThat(output.getFileType()).isEqualTo(LivekitEgress.EncodedFileType.MP4);
        LivekitEgress.S3Upload upload = output.getS3();
        assertThat(upload.getBucket()).isEqualTo("parley-files");
        assertThat(upload.getRegion()).isEqualTo("eu-west-1");
        assertThat(upload.getEndpoint()).isEqualTo(bucket.endpoint());
        assertThat(upload.getAccessKey()).isEqualTo(bucket.accessKey());
        assertThat(upload.getSecret()).isEqualTo(bucket.secretKey());
        assertThat(upload.getForcePathStyle()).isTrue();
        String fileId = output.getFilepath().substring(output.getFilepath().lastIndexOf('/') + 1).replace(".mp4", "");
        StorageKey key = StorageKey.incomingMp4(new FileId(UUID.fromString(fileId)));
        assertThat(output.getFilepath()).as("the file's storage key in the bucket, with .mp4").isEqualTo(key.path());

        assertThat(act(api, id, "recording/stop", host).status()).isEqualTo(200);
        byte[] mp4 = new byte[300_000];
        new Random(7).nextBytes(mp4);
        new S3Storage(bucket).write(key, new ByteArrayInputStream(mp4)); // what the egress does
        String ended = FakeLiveKit.egressEnded(egress, "meeting-" + id, "EGRESS_COMPLETE",
                "s3://parley-files/" + key.path());
        assertThat(api.send("POST", "/api/v1/livekit/webhook", ended, null,
                Map.of("Authorization", FakeLiveKit.sign(ended, FakeLiveKit.SECRET))).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/meetings/" + id, guest.accessToken()).json().path("recording").path("file_id").asText())
                .isEqualTo(fileId);
        assertThat(new S3Storage(bucket).exists(key)).as("moved to the file's own key").isFalse();
        Reply download = Uploads.get(api, "/api/v1/files/" + fileId, guest.accessToken(), Map.of());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(mp4);
        assertThat(download.header("ETag")).isEqualTo(
                "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(mp4)) + "\"");
        assertThat(Uploads.get(api, "/api/v1/files/" + fileId, stranger.accessToken(), Map.of()).status()).isEqualTo(404);
    }
}
