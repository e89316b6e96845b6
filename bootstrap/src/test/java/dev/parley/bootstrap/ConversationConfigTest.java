package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conversation settings read from the environment: defaults, overrides and rejected values. */
class ConversationConfigTest {
    @TempDir
    Path dataDir;

    @Test
    void defaults_are_4000_characters_1000_participants_and_group_commits_of_up_to_256_sends() {
        ParleyConfig config = ConfigLoader.load(Map.of("PARLEY_DATA_DIR", dataDir.toString()));

        assertThat(config.conversations().maxContentLength()).isEqualTo(4_000);
        assertThat(config.conversations().maxGroupSize()).isEqualTo(1_000);
        assertThat(config.conversations().groupCommitBatch()).isEqualTo(256);
        assertThat(config.conversations().sendWriters()).isEqualTo(1);
        assertThat(config.conversations().sendTimeout()).isEqualTo(java.time.Duration.ofSeconds(10));
    }

    @Test
    void the_bound_on_a_senders_wait_is_configurable_and_never_zero() {
        ParleyConfig config = ConfigLoader.load(Map.of("PARLEY_DATA_DIR", dataDir.toString(),
                "PARLEY_SEND_TIMEOUT_MILLIS", "2500"));

        assertThat(config.conversations().sendTimeout()).isEqualTo(java.time.Duration.ofMillis(2_500));
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARLEY_DATA_DIR", dataDir.toString(),
                "PARLEY_SEND_TIMEOUT_MILLIS", "0"))).hasMessageContaining("PARLEY_SEND_TIMEOUT_MILLIS");
    }

    @Test
    void limits_and_group_commit_are_configurable() {
        ParleyConfig config = ConfigLoader.load(Map.of("PARLEY_DATA_DIR", dataDir.toString(),
                "PARLEY_MESSAGE_MAX_LENGTH", "500", "PARLEY_GROUP_MAX_SIZE", "50", "PARLEY_SEND_GROUP_COMMIT", "64", "PARLEY_SEND_WRITERS", "8",
                "PARLEY_SEND_PUBLISHERS", "3"));

        assertThat(config.conversations().maxContentLength()).isEqualTo(500);
        assertThat(config.conversations().maxGroupSize()).isEqualTo(50);
        assertThat(config.conversations().groupCommitBatch()).isEqualTo(64);
        assertThat(config.conversations().sendWriters()).isEqualTo(8);
        assertThat(config.conversations().sendPublishers()).isEqualTo(3);
    }

    @Test
    void publishers_default_to_one_per_core_and_are_never_zero() {
        assertThat(ConfigLoader.load(Map.of("PARLEY_DATA_DIR", dataDir.toString())).conversations().sendPublishers())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARLEY_DATA_DIR", dataDir.toString(),
                "PARLEY_SEND_PUBLISHERS", "0"))).hasMessageContaining("PARLEY_SEND_PUBLISHERS");
    }

    @Test
    void out_of_range_values_stop_the_start_with_every_problem_named() {
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARLEY_DATA_DIR", dataDir.toString(),
                "PARLEY_MESSAGE_MAX_LENGTH", "0", "PARLEY_GROUP_MAX_SIZE", "1", "PARLEY_SEND_GROUP_COMMIT", "x")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("PARLEY_MESSAGE_MAX_LENGTH")
                .hasMessageContaining("PARLEY_GROUP_MAX_SIZE")
                .hasMessageContaining("PARLEY_SEND_GROUP_COMMIT");
    }
}
