package dev.parley.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonTest {
    record Sample(String senderId, long seq, Instant createdAt, Instant editedAt, List<Object> attachments) {
    }

    @Test
    void timestamps_are_written_exactly_as_the_formatter_writes_them() {
        Random random = new Random(7);
        List<Instant> samples = new java.util.ArrayList<>(List.of(Instant.EPOCH, Instant.parse("2026-11-21T08:00:00.000999999Z"),
                Instant.parse("9999-12-31T23:59:59.999Z"), Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("2024-02-29T12:34:56.789Z"), Instant.parse("1969-12-31T23:59:59.5Z")));
        for (int i = 0; i < 10_000; i++) {
            samples.add(Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L), random.nextInt(1_000_000_000)));
        }

        for (Instant instant : samples) {
            assertThat(new String(Json.timestamp(instant))).isEqualTo(Json.TIMESTAMP.format(instant));
        }
        assertThat(new String(Json.timestamp(Instant.parse("+10000-01-01T00:00:00Z"))))
                .isEqualTo(Json.TIMESTAMP.format(Instant.parse("+10000-01-01T00:00:00Z")));
    }

    @Test
    void records_are_written_in_snake_case_with_millisecond_timestamps_and_nulls() throws JsonProcessingException {
        Sample sample = new Sample("u1", 42, Instant.parse("2026-11-21T08:00:00.123456Z"), null, List.of());

        assertThat(Json.mapper().writeValueAsString(sample)).isEqualTo(
                "{\"sender_id\":\"u1\",\"seq\":42,\"created_at\":\"2026-11-21T08:00:00.123Z\",\"edited_at\":null,\"attachments\":[]}");
        assertThat(Json.mapper().readValue("{\"sender_id\":\"u2\",\"seq\":7,\"unknown\":1}", Sample.class))
                .isEqualTo(new Sample("u2", 7, null, null, null));
        assertThat(Json.mapper().writeValueAsString(Map.of("at", Instant.EPOCH))).isEqualTo("{\"at\":\"1970-01-01T00:00:00.000Z\"}");
    }
}
