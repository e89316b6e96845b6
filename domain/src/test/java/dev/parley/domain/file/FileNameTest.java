package dev.parley.domain.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNameTest {
    @Test
    void keeps_unicode_names_as_they_are() {
        assertThat(FileName.clean("Résumé – 2026 📄.pdf")).isEqualTo("Résumé – 2026 📄.pdf");
    }

    @Test
    void drops_every_directory_part_whatever_the_separator() {
        assertThat(FileName.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileName.clean("C:\\Users\\me\\photo.jpg")).isEqualTo("photo.jpg");
    }

    @Test
    void drops_control_and_invisible_formatting_characters() {
        assertThat(FileName.clean("a\u0000b\nc\u202Etxt.exe")).isEqualTo("abctxt.exe");
        assertThat(FileName.clean("x\uD800y.txt")).isEqualTo("xy.txt");
    }

    @Test
    void a_name_with_nothing_left_becomes_file_and_leading_dots_go() {
        assertThat(FileName.clean(null)).isEqualTo("file");
        assertThat(FileName.clean("../..")).isEqualTo("file");
        assertThat(FileName.clean("   ")).isEqualTo("file");
        assertThat(FileName.clean(".bashrc")).isEqualTo("bashrc");
    }

    @Test
    void long_names_are_shortened_keeping_their_extension() {
        String cleaned = FileName.clean("ä".repeat(500) + ".jpeg");
        assertThat(cleaned.codePointCount(0, cleaned.length())).isEqualTo(FileName.MAX_CODE_POINTS);
        assertThat(cleaned).endsWith("ä.jpeg");
    }
}
