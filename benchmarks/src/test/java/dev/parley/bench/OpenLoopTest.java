package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenLoopTest {

    @Test
    void hands_out_evenly_spaced_scheduled_times_whatever_the_operations_take() {
        List<Long> scheduled = new ArrayList<>();

        long started = OpenLoop.run(100, Duration.ofMillis(200), (at, sequence) -> scheduled.add(at));

        assertThat(started).isEqualTo(20);
        assertThat(scheduled).hasSize(20);
        for (int i = 1; i < scheduled.size(); i++) {
            assertThat(scheduled.get(i) - scheduled.get(i - 1)).isBetween(9_999_000L, 10_001_000L);
        }
    }
}
