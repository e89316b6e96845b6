package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-user send rate limit from the environment: 100 per 10 s unless configured. */
class SendRateLimitConfigTest {
    @TempDir
    Path dataDir;

    @Test
    void default_allows_a_burst_of_100_messages_per_10_seconds() {
        ParleyConfig config = ConfigLoader.load(Map.of("PARLEY_DATA_DIR", dataDir.toString()));

        assertThat(config.conversations().sendLimit().count()).isEqualTo(100);
        assertThat(config.conversations().sendLimit().window()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void count_and_window_are_configurable_and_checked() {
        ParleyConfig config = ConfigLoader.load(Map.of("PARLEY_DATA_DIR", dataDir.toString(),
                "PARLEY_SEND_RATE_LIMIT", "5", "PARLEY_SEND_RATE_WINDOW_SECONDS", "60"));
        assertThat(config.conversations().sendLimit().count()).isEqualTo(5);
        assertThat(config.conversations().sendLimit().window()).isEqualTo(Duration.ofMinutes(1));

        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARLEY_DATA_DIR", dataDir.toString(),
                "PARLEY_SEND_RATE_LIMIT", "0", "PARLEY_SEND_RATE_WINDOW_SECONDS", "x")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("PARLEY_SEND_RATE_LIMIT")
                .hasMessageContaining("PARLEY_SEND_RATE_WINDOW_SECONDS");
    }
}
