package dev.parley.bootstrap.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.TestNodeExtension;
import dev.parley.bootstrap.support.Uploads;
import dev.parley.bootstrap.support.Uploads.Reply;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Uploading, downloading (ranges, ETags, links) and deleting files over HTTP, and who may read them. */
class FilesIT {
    /** A small JSON body limit: uploads must not be bound by it. */
    @RegisterExtension
    static final TestNodeExtension node =
            TestNodeExtension.withEnv(Map.of("PARLEY_MAX_BODY_BYTES", "2048", "PARLEY_MAX_UPLOAD_BYTES", "300000"));
    private static final ApiClient api = node.client();

    @Test
    void uploaded_image_is_described_and_read_back_byte_for_byte_by_its_uploader() throws Exception {
        SignedInUser alice = Accounts.register(api);
        byte[] png = Uploads.png(300, 200);

        Reply uploaded = Uploads.raw(api, alice.accessToken(), png, "image/png", "holiday.png");

        assertThat(uploaded.status()).isEqualTo(201);
        JsonNode file = uploaded.json();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
        assertThat(file.path("name").asText()).isEqualTo("holiday.png");
        assertThat(file.path("content_type").asText()).isEqualTo("image/png");
        assertThat(file.path("size").asLong()).isEqualTo(png.length);
        assertThat(file.path("sha256").asText()).isEqualTo(sha);
        assertThat(file.path("width").asInt()).isEqualTo(300);
        assertThat(file.path("height").asInt()).isEqualTo(200);
        assertThat(file.path("url").asText()).startsWith("/api/v1/files/" + file.path("id").asText() + "?exp=");

        Reply download = Uploads.get(api, "/api/v1/files/" + file.path("id").asText(), alice.accessToken(), Map.of());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(png);
        assertThat(download.header("Content-Type")).startsWith("image/png");
        assertThat(download.header("ETag")).isEqualTo("\"" + sha + "\"");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Cache-Control")).startsWith("private");
        assertThat(download.header("Content-Disposition")).startsWith("inline; filename=\"holiday.png\"");
    }

    @Test
    void uploads_are_not_bound_by_the_json_body_limit() {
        SignedInUser alice = Accounts.register(api);
        byte[] big = new byte[200_000];
        new java.util.Random(7).nextBytes(big);

        assertThat(Uploads.raw(api, alice.accessToken(), big, "application/octet-stream", "noise.bin").status()).isEqualTo(201);
        assertThat(Uploads.multipart(api, alice.accessToken(), big, "application/octet-stream", "noise.bin").status())
                .isEqualTo(201);
    }

    @Test
    void multipart_upload_keeps_a_unicode_name_without_its_directories_or_control_characters() {
        SignedInUser alice = Accounts.register(api);
        byte[] text = "hello, files".getBytes(StandardCharsets.UTF_8);

        Reply uploaded = Uploads.multipart(api, alice.accessToken(), text, "text/plain", "../../etc/résumé\u202E☃.txt");

        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.json().path("name").asText()).isEqualTo("résumé☃.txt");
        String id = uploaded.json().path("id").asText();
        Reply download = Uploads.get(api, "/api/v1/files/" + id, alice.accessToken(), Map.of());
        assertThat(download.bytes()).isEqualTo(text);
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("inline; filename=\"r_sum__.txt\"; filename*=UTF-8''r%C3%A9sum%C3%A9%E2%98%83.txt");
    }

    @Test
    void strangers_get_not_found_while_a_signed_link_works_without_a_token_and_a_tampered_one_is_forbidden() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser mallory = Accounts.register(api);
        JsonNode file = Uploads.raw(api, alice.accessToken(), "secret".getBytes(StandardCharsets.UTF_8), "text/plain",
                "a.txt").json();
        String id = file.path("id").asText();

        assertThat(Uploads.get(api, "/api/v1/files/" + id, mallory.accessToken(), Map.of()).status()).isEqualTo(404);
        assertThat(Uploads.get(api, "/api/v1/files/" + id, null, Map.of()).status()).isEqualTo(401);
        Reply byLink = Uploads.get(api, file.path("url").asText(), null, Map.of());
        assertThat(byLink.status()).isEqualTo(200);
        assertThat(new String(byLink.bytes(), StandardCharsets.UTF_8)).isEqualTo("secret");

        String url = file.path("url").asText();
        String tampered = url.substring(0, url.length() - 2) + (url.endsWith("AA") ? "BB" : "AA");
        Reply refused = Uploads.get(api, tampered, null, Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("forbidden");
        String otherExpiry = url.replaceFirst("exp=\\d+", "exp=9999999999");
        assertThat(Uploads.get(api, otherExpiry, null, Map.of()).status()).isEqualTo(403);
        String expired = url.replaceFirst("exp=\\d+", "exp=1000");
        assertThat(Uploads.get(api, expired, null, Map.of()).status()).isEqualTo(403);
    }

    @Test
    void ranges_and_etags_answer_partial_content_and_not_modified() {
        SignedInUser alice = Accounts.register(api);
        byte[] digits = "0123456789".getBytes(StandardCharsets.US_ASCII);
        JsonNode file = Uploads.raw(api, alice.accessToken(), digits, "text/plain", "digits.txt").json();
        String path = "/api/v1/files/" + file.path("id").asText();

        Reply partial = Uploads.get(api, path, alice.accessToken(), Map.of("Range", "bytes=2-4"));
        assertThat(partial.status()).isEqualTo(206);
        assertThat(new String(partial.bytes(), StandardCharsets.US_ASCII)).isEqualTo("234");
        assertThat(partial.header("Content-Range")).isEqualTo("bytes 2-4/10");
        Reply suffix = Uploads.get(api, path, alice.accessToken(), Map.of("Range", "bytes=-3"));
        assertThat(new String(suffix.bytes(), StandardCharsets.US_ASCII)).isEqualTo("789");
        Reply several = Uploads.get(api, path, alice.accessToken(), Map.of("Range", "bytes=0-1,5-6"));
        assertThat(several.status()).isEqualTo(200);
        assertThat(several.bytes()).isEqualTo(digits);
        assertThat(Uploads.get(api, path, alice.accessToken(), Map.of("Range", "bytes=10-")).status()).isEqualTo(416);

        String etag = "\"" + file.path("sha256").asText() + "\"";
        Reply notModified = Uploads.get(api, path, alice.accessToken(), Map.of("If-None-Match", etag));
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.bytes()).isEmpty();
    }

    @Test
    void types_a_browser_would_run_are_served_as_sandboxed_attachments() {
        SignedInUser alice = Accounts.register(api);
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        JsonNode file = Uploads.raw(api, alice.accessToken(), html, "text/html", "page.html").json();

        Reply download = Uploads.get(api, "/api/v1/files/" + file.path("id").asText(), alice.accessToken(), Map.of());

        assertThat(download.header("Content-Disposition")).startsWith("attachment;");
        assertThat(download.header("Content-Security-Policy")).isEqualTo("sandbox");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void oversized_empty_and_mislabelled_uploads_are_refused_and_leave_nothing() {
        SignedInUser alice = Accounts.register(api);

        Reply tooLarge = Uploads.raw(api, alice.accessToken(), new byte[300_001], "application/octet-stream", "big.bin");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.errorCode()).isEqualTo("payload_too_large");
        Reply tooLargeMultipart = Uploads.multipart(api, alice.accessToken(), new byte[300_001], "application/octet-stream", "b");
        assertThat(tooLargeMultipart.status()).isEqualTo(413);
        Reply empty = Uploads.raw(api, alice.accessToken(), new byte[0], "text/plain", "empty.txt");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorCode()).isEqualTo("validation_failed");
        Reply fakePng = Uploads.raw(api, alice.accessToken(), "<html>not a png</html>".getBytes(StandardCharsets.UTF_8),
                "image/png", "evil.png");
        assertThat(fakePng.status()).isEqualTo(415);
        assertThat(fakePng.errorCode()).isEqualTo("unsupported_media_type");
        Reply noFilePart = Uploads.raw(api, alice.accessToken(), "--x--\r\n".getBytes(StandardCharsets.US_ASCII),
                "multipart/form-data; boundary=x", null);
        assertThat(noFilePart.status()).isEqualTo(400);
    }

    @Test
    void uploader_deletes_a_file_and_nobody_can_read_it_afterwards() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        JsonNode file = Uploads.raw(api, alice.accessToken(), "bye".getBytes(StandardCharsets.UTF_8), "text/plain", "x.txt").json();
        String path = "/api/v1/files/" + file.path("id").asText();

        assertThat(api.delete(path, bob.accessToken()).status()).isEqualTo(404);
        assertThat(api.delete(path, alice.accessToken()).status()).isEqualTo(204);

        assertThat(Uploads.get(api, path, alice.accessToken(), Map.of()).status()).isEqualTo(404);
        assertThat(Uploads.get(api, file.path("url").asText(), null, Map.of()).status()).isEqualTo(404);
        assertThat(api.delete(path, alice.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void thumbnails_fit_the_requested_box_and_exist_only_for_images() throws Exception {
        SignedInUser alice = Accounts.register(api);
        JsonNode image = Uploads.raw(api, alice.accessToken(), Uploads.png(400, 100), null, "wide").json();
        assertThat(image.path("content_type").asText()).isEqualTo("image/png");
        String path = "/api/v1/files/" + image.path("id").asText() + "/thumbnail";

        Reply small = Uploads.get(api, path + "?size=64", alice.accessToken(), Map.of());
        assertThat(small.status()).isEqualTo(200);
        var decoded = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(small.bytes()));
        assertThat(decoded.getWidth()).isEqualTo(64);
        assertThat(decoded.getHeight()).isEqualTo(16);
        assertThat(Uploads.get(api, path + "?size=64", alice.accessToken(), Map.of()).bytes()).isEqualTo(small.bytes());
        assertThat(Uploads.get(api, path + "?size=100", alice.accessToken(), Map.of()).status()).isEqualTo(400);

        JsonNode text = Uploads.raw(api, alice.accessToken(), "plain".getBytes(StandardCharsets.UTF_8), "text/plain", "t").json();
        assertThat(Uploads.get(api, "/api/v1/files/" + text.path("id").asText() + "/thumbnail?size=64",
                alice.accessToken(), Map.of()).status()).isEqualTo(404);
    }
}
