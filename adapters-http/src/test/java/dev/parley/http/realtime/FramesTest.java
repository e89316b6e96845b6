package dev.parley.http.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FramesTest {
    @Test
    void an_error_frame_echoes_the_ref_and_carries_the_contract_code() {
        assertThat(Frames.error("c1", ErrorCode.NOT_A_PARTICIPANT, "not a member"))
                .isEqualTo("{\"type\":\"error\",\"ref\":\"c1\",\"error\":{\"code\":\"not_a_participant\",\"message\":\"not a member\"}}");
    }

    @Test
    void a_rate_limited_error_frame_says_how_long_to_wait() {
        String frame = Frames.error("c2", ParleyException.rateLimited(Duration.ofMillis(1_250)));

        assertThat(frame).contains("\"code\":\"rate_limited\"").contains("\"retry_after_ms\":1250").contains("\"ref\":\"c2\"");
    }

    @Test
    void an_error_frame_without_a_ref_has_no_ref_field() {
        assertThat(Frames.error(null, ErrorCode.MALFORMED_JSON, "bad")).doesNotContain("ref");
    }
}
