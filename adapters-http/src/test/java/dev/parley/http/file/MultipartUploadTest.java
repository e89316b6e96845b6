package dev.parley.http.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.ParleyException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartUploadTest {
    private static final String BOUNDARY = "xYzZY";

    private static InputStream body(String preamble, byte[] file, String fileName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((preamble + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nhi\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new ByteArrayInputStream(out.toByteArray());
    }

    @Test
    void the_file_part_streams_out_exactly_even_when_it_contains_near_boundaries() throws IOException {
        byte[] file = new byte[300_000];
        new Random(3).nextBytes(file);
        byte[] trap = ("\r\n--" + BOUNDARY.substring(0, 4)).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(trap, 0, file, 65_530, trap.length); // across the 64 KiB window

        MultipartUpload.Part part = MultipartUpload.filePart(body("preamble\r\n", file, "ü.png"), BOUNDARY);

        assertThat(part.fileName()).isEqualTo("ü.png");
        assertThat(part.contentType()).isEqualTo("image/png");
        assertThat(part.body().readAllBytes()).isEqualTo(file);
    }

    @Test
    void reads_boundaries_from_the_content_type() {
        assertThat(MultipartUpload.boundary("multipart/form-data; boundary=\"a b\"")).contains("a b");
        assertThat(MultipartUpload.boundary("image/png")).isEmpty();
        assertThatThrownBy(() -> MultipartUpload.boundary("multipart/form-data")).isInstanceOf(ParleyException.class);
    }

    @Test
    void a_body_without_a_file_part_or_cut_short_is_refused() {
        InputStream none = new ByteArrayInputStream(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> MultipartUpload.filePart(none, BOUNDARY)).isInstanceOf(ParleyException.class);

        InputStream cut = new ByteArrayInputStream(("--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nabc").getBytes(StandardCharsets.US_ASCII));
        MultipartUpload.Part part = MultipartUpload.filePart(cut, BOUNDARY);
        assertThatThrownBy(() -> part.body().readAllBytes()).isInstanceOf(ParleyException.class);
    }
}
