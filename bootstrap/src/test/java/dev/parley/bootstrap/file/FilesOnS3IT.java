package dev.parley.bootstrap.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.S3Bucket;
import dev.parley.bootstrap.support.TestNodeExtension;
import dev.parley.bootstrap.support.Uploads;
import dev.parley.bootstrap.support.Uploads.Reply;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The same file behaviour with the bytes in an S3-compatible bucket: a real S3 server (S3Proxy) runs in-process,
 * the node is configured only through {@code PARLEY_S3_*}, and quota limits are checked on the way.
 */
class FilesOnS3IT {
    private static final S3Bucket s3 = S3Bucket.start("us-east-1");
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(s3.environment())
            .and(Map.of("PARLEY_USER_STORAGE_QUOTA_BYTES", "9000000")).closing(s3);
    private static final ApiClient api = node.client();

    @Test
    void a_file_larger_than_one_upload_part_goes_to_the_bucket_and_reads_back_whole_and_by_range() {
        SignedInUser alice = Accounts.register(api);
        byte[] content = new byte[6 * 1024 * 1024 + 17];
        new Random(11).nextBytes(content);

        Reply uploaded = Uploads.multipart(api, alice.accessToken(), content, "application/octet-stream", "big.bin");

        assertThat(uploaded.status()).isEqualTo(201);
        String path = "/api/v1/files/" + uploaded.json().path("id").asText();
        assertThat(Uploads.get(api, path, alice.accessToken(), Map.of()).bytes()).isEqualTo(content);
        Reply range = Uploads.get(api, path, alice.accessToken(), Map.of("Range", "bytes=6291450-6291460"));
        assertThat(range.status()).isEqualTo(206);
        assertThat(range.bytes()).isEqualTo(Arrays.copyOfRange(content, 6_291_450, 6_291_461));
        assertThat(Uploads.get(api, uploaded.json().path("url").asText(), null, Map.of()).status()).isEqualTo(200);

        assertThat(api.delete(path, alice.accessToken()).status()).isEqualTo(204);
        assertThat(Uploads.get(api, path, alice.accessToken(), Map.of()).status()).isEqualTo(404);
    }

    @Test
    void thumbnails_and_attachments_work_from_the_bucket() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        JsonNode image = Uploads.raw(api, alice.accessToken(), Uploads.png(300, 300), "image/png", "sq.png").json();
        String chat = api.post("/api/v1/conversations", Map.of("participant_id", bob.id()), alice.accessToken()).json()
                .path("id").asText();
        api.post("/api/v1/conversations/" + chat + "/messages",
                Map.of("attachment_ids", List.of(image.path("id").asText())), alice.accessToken());

        Reply thumbnail = Uploads.get(api, "/api/v1/files/" + image.path("id").asText() + "/thumbnail?size=64",
                bob.accessToken(), Map.of());

        assertThat(thumbnail.status()).isEqualTo(200);
        assertThat(thumbnail.header("Content-Type")).startsWith("image/png");
    }

    @Test
    void uploads_past_the_users_quota_are_refused_with_a_clear_message_and_deleting_files_frees_room() {
        SignedInUser carol = Accounts.register(api);
        byte[] four = new byte[4_000_000];
        String first = Uploads.raw(api, carol.accessToken(), four, "application/octet-stream", "1").json().path("id").asText();
        assertThat(Uploads.raw(api, carol.accessToken(), four, "application/octet-stream", "2").status()).isEqualTo(201);

        Reply refused = Uploads.raw(api, carol.accessToken(), four, "application/octet-stream", "3");
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.errorCode()).isEqualTo("payload_too_large");
        assertThat(refused.json().path("error").path("message").asText()).contains("quota");
        Reply refusedMultipart = Uploads.multipart(api, carol.accessToken(), four, "application/octet-stream", "3");
        assertThat(refusedMultipart.status()).isEqualTo(413);

        api.delete("/api/v1/files/" + first, carol.accessToken());
        assertThat(Uploads.raw(api, carol.accessToken(), four, "application/octet-stream", "3").status()).isEqualTo(201);
    }
}
