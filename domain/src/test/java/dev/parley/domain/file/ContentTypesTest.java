package dev.parley.domain.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTypesTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    private static final byte[] HTML = "<html><body>hi</body></html>".getBytes(StandardCharsets.US_ASCII);

    @Test
    void declared_types_are_normalised_to_their_lower_case_essence() {
        assertThat(ContentTypes.normalise("Image/PNG; charset=whatever")).contains("image/png");
        assertThat(ContentTypes.normalise("not a type")).isEmpty();
        assertThat(ContentTypes.normalise("text/plain\r\nX-Evil: 1")).isEmpty();
    }

    @Test
    void images_must_be_what_they_claim() {
        assertThat(ContentTypes.contradicts("image/png", PNG, PNG.length)).isFalse();
        assertThat(ContentTypes.contradicts("image/png", JPEG, JPEG.length)).isTrue();
        assertThat(ContentTypes.contradicts("image/png", HTML, HTML.length)).isTrue();
        assertThat(ContentTypes.contradicts("image/jpeg", JPEG, JPEG.length)).isFalse();
        assertThat(ContentTypes.contradicts("image/gif", PNG, 3)).isTrue();
    }

    @Test
    void an_image_or_pdf_declared_as_a_type_browsers_run_is_a_polyglot_and_refused() {
        assertThat(ContentTypes.contradicts("text/html", PNG, PNG.length)).isTrue();
        assertThat(ContentTypes.contradicts("text/html", HTML, HTML.length)).isFalse();
        assertThat(ContentTypes.contradicts("application/zip", HTML, HTML.length)).isFalse();
    }

    @Test
    void types_browsers_execute_are_recognised_and_never_inline() {
        assertThat(ContentTypes.executable("text/html")).isTrue();
        assertThat(ContentTypes.executable("image/svg+xml")).isTrue();
        assertThat(ContentTypes.executable("application/atom+xml")).isTrue();
        assertThat(ContentTypes.executable("text/javascript")).isTrue();
        assertThat(ContentTypes.executable("image/png")).isFalse();
        assertThat(ContentTypes.inline("image/png")).isTrue();
        assertThat(ContentTypes.inline("application/zip")).isFalse();
    }

    @Test
    void signatures_reveal_the_type_of_unlabelled_bytes() {
        assertThat(ContentTypes.detect(PNG, PNG.length)).contains("image/png");
        assertThat(ContentTypes.detect(JPEG, JPEG.length)).contains("image/jpeg");
        assertThat(ContentTypes.detect("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 8)).contains("application/pdf");
        assertThat(ContentTypes.detect(HTML, HTML.length)).isEmpty();
    }
}
