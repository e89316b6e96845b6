package dev.parley.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.Text.Lines;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void ordinary_text_tabs_emoji_and_line_breaks_where_allowed_pass() {
        assertThat(Text.check("content", "héllo\tworld 👋\r\nsecond line", Lines.MULTI)).startsWith("héllo");
        assertThat(Text.check("name", "Team\tA", Lines.SINGLE)).isEqualTo("Team\tA");
        assertThat(Text.check("name", null, Lines.SINGLE)).isNull();
    }

    @Test
    void nul_escape_del_and_c1_controls_are_refused_naming_the_field() {
        for (String hostile : new String[] {"a\u0000b", "\u001b[31mred", "del\u007f", "c1\u0085"}) {
            assertThatThrownBy(() -> Text.check("bio", hostile, Lines.MULTI))
                    .isInstanceOfSatisfying(ParleyException.class, rejected -> {
                        assertThat(rejected.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                        assertThat(rejected.details()).singleElement()
                                .satisfies(detail -> assertThat(detail.field()).isEqualTo("bio"));
                    });
        }
    }

    @Test
    void line_breaks_are_refused_in_single_line_fields() {
        assertThat(Text.problem("two\nlines", Lines.SINGLE)).isEqualTo("must be a single line");
        assertThat(Text.problem("two\nlines", Lines.MULTI)).isNull();
    }

    @Test
    void unpaired_surrogate_halves_are_refused() {
        assertThat(Text.problem("lone \uD800 high", Lines.MULTI)).isEqualTo("must be valid Unicode text");
        assertThat(Text.problem("lone \uDC00 low", Lines.MULTI)).isEqualTo("must be valid Unicode text");
        assertThat(Text.problem("end \uD83D", Lines.MULTI)).isEqualTo("must be valid Unicode text");
    }
}
