package dev.parley.http.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {
    @Test
    void carries_an_ascii_fallback_and_the_exact_utf8_name() {
        assertThat(ContentDisposition.of(true, "naïve \"quote\" 100%.txt")).isEqualTo(
                "inline; filename=\"na_ve _quote_ 100_.txt\"; filename*=UTF-8''na%C3%AFve%20%22quote%22%20100%25.txt");
        assertThat(ContentDisposition.of(false, "a.html")).isEqualTo("attachment; filename=\"a.html\"; filename*=UTF-8''a.html");
    }
}
