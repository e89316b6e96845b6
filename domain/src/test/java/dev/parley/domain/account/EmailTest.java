package dev.parley.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.ParleyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {
    @Test
    void trims_and_lower_cases_so_comparisons_ignore_case() {
        assertThat(new Email("  Zoe@Example.COM ")).isEqualTo(new Email("zoe@example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "plain", "a@b", "two@@example.com", "sp ace@example.com"})
    void rejects_what_is_not_an_address(String raw) {
        assertThatThrownBy(() -> new Email(raw)).isInstanceOf(ParleyException.class);
    }
}
