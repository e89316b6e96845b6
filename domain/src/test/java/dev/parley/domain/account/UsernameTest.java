package dev.parley.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {
    @ParameterizedTest
    @CsvSource({"Zoë,zoe", "ZOE,zoe", "  chloé_1 ,chloe_1", "Ångström.x,angstrom.x", "Straße,strasse", "Łukasz,lukasz"})
    void folds_accents_and_case(String raw, String normalised) {
        assertThat(new Username(raw).value()).isEqualTo(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "a-b-c", "has space", "emoji😀x", "this_name_is_far_too_long_for_parley_x"})
    void rejects_names_outside_the_alphabet_or_length(String raw) {
        assertThatThrownBy(() -> new Username(raw))
                .isInstanceOfSatisfying(ParleyException.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(rejected.details()).singleElement()
                            .satisfies(detail -> assertThat(detail.field()).isEqualTo("username"));
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "a.b_c", "abcdefghijklmnopqrstuvwxyz012345"})
    void accepts_the_boundaries(String raw) {
        assertThat(new Username(raw).value()).isEqualTo(raw);
    }
}
