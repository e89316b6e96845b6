package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dataDir;

    @Test
    void applies_the_documented_defaults() {
        ParleyConfig config = ConfigLoader.load(Map.of("PARLEY_DATA_DIR", dataDir.toString()));

        assertThat(config.http().port()).isEqualTo(8080);
        assertThat(config.persistence().databaseUrl()).isEmpty();
        assertThat(config.redisUrl()).isEmpty();
        assertThat(config.publicUrl()).isEqualTo("http://localhost:8080");
        assertThat(config.liveKit().url()).isEqualTo("ws://localhost:7880");
        assertThat(config.callRingTimeout()).hasSeconds(30);
        assertThat(config.smtp().host()).isEmpty();
    }

    @Test
    void applies_the_documented_real_time_defaults() {
        ParleyConfig config = ConfigLoader.load(Map.of("PARLEY_DATA_DIR", dataDir.toString()));

        assertThat(config.gateway().maxFrameBytes()).isEqualTo(65_536);
        assertThat(config.gateway().idleTimeout()).hasSeconds(60);
        assertThat(config.gateway().pingInterval()).hasSeconds(25);
        assertThat(config.gateway().queueCapacity()).isEqualTo(1_024);
        assertThat(config.gateway().sseHeartbeat()).hasSeconds(15);
        assertThat(config.presence().grace()).hasMillis(3_000);
        assertThat(config.presence().leaseTtl()).hasMillis(10_000);
        assertThat(config.presence().heartbeat()).hasMillis(1_000);
    }

    @Test
    void refuses_heartbeats_slower_than_what_they_keep_alive() {
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARLEY_DATA_DIR", dataDir.toString(),
                "PARLEY_WS_PING_SECONDS", "90", "PARLEY_PRESENCE_LEASE_MILLIS", "1000",
                "PARLEY_PRESENCE_HEARTBEAT_MILLIS", "2000")))
                .isInstanceOfSatisfying(InvalidConfigException.class, invalid -> assertThat(invalid.problems())
                        .anySatisfy(problem -> assertThat(problem).startsWith("PARLEY_WS_PING_SECONDS"))
                        .anySatisfy(problem -> assertThat(problem).startsWith("PARLEY_PRESENCE_HEARTBEAT_MILLIS")));
    }

    @Test
    void generates_the_jwt_secret_once_with_owner_only_permissions() throws Exception {
        ParleyConfig first = ConfigLoader.load(Map.of("PARLEY_DATA_DIR", dataDir.toString()));
        ParleyConfig second = ConfigLoader.load(Map.of("PARLEY_DATA_DIR", dataDir.toString()));

        Path secretFile = dataDir.resolve("jwt.secret");
        assertThat(first.jwt().secret()).isEqualTo(second.jwt().secret()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(Files.getPosixFilePermissions(secretFile).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");
    }

    @Test
    void reports_every_bad_value_at_once() {
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARLEY_DATA_DIR", dataDir.toString(),
                "PARLEY_HTTP_PORT", "eighty", "PARLEY_DATABASE_URL", "mysql://x", "PARLEY_JWT_SECRET", "short")))
                .isInstanceOfSatisfying(InvalidConfigException.class, invalid -> assertThat(invalid.problems())
                        .anySatisfy(problem -> assertThat(problem).startsWith("PARLEY_HTTP_PORT"))
                        .anySatisfy(problem -> assertThat(problem).startsWith("PARLEY_DATABASE_URL"))
                        .anySatisfy(problem -> assertThat(problem).startsWith("PARLEY_JWT_SECRET")));
    }

    @Test
    void production_refuses_unsafe_defaults() {
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARLEY_DATA_DIR", dataDir.toString(), "PARLEY_ENV", "production")))
                .isInstanceOfSatisfying(InvalidConfigException.class, invalid -> assertThat(invalid.problems())
                        .anySatisfy(problem -> assertThat(problem).startsWith("PARLEY_JWT_SECRET"))
                        .anySatisfy(problem -> assertThat(problem).startsWith("PARLEY_DATABASE_URL"))
                        .anySatisfy(problem -> assertThat(problem).contains("LIVEKIT")));
    }

    @Test
    void mails_without_smtp_are_logged_whole_only_outside_production() {
        ParleyConfig development = ConfigLoader.load(Map.of("PARLEY_DATA_DIR", dataDir.toString()));
        ParleyConfig production = ConfigLoader.load(Map.of("PARLEY_DATA_DIR", dataDir.toString(), "PARLEY_ENV", "production",
                "PARLEY_JWT_SECRET", "0123456789abcdef0123456789abcdef-prod", "PARLEY_DATABASE_URL",
                "postgresql://db.example/parley", "PARLEY_LIVEKIT_API_KEY", "key", "PARLEY_LIVEKIT_API_SECRET", "s3cr3t"));

        assertThat(development.smtp().logContents()).isTrue();
        assertThat(production.smtp().logContents()).isFalse();
    }
}
