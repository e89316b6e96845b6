package dev.parley.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void makes_version_7_ids_that_sort_by_time() {
        UUID earlier = Ids.newId(Instant.parse("2026-11-21T10:00:00.000Z"));
        UUID later = Ids.newId(Instant.parse("2026-11-21T10:00:00.001Z"));

        assertThat(earlier.version()).isEqualTo(7);
        assertThat(earlier.variant()).isEqualTo(2);
        assertThat(earlier.toString()).isLessThan(later.toString());
    }

    @Test
    void malformed_ids_are_validation_errors_naming_the_field() {
        assertThatThrownBy(() -> Ids.parse("conversation_id", "nope"))
                .isInstanceOfSatisfying(ParleyException.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(rejected.details().get(0).field()).isEqualTo("conversation_id");
                });
    }
}
