package dev.parley.bootstrap.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.PostgresProcesses;
import dev.parley.bootstrap.support.SendLoad;
import dev.parley.bootstrap.support.StoredHistory;
import dev.parley.bootstrap.support.TestNode;
import dev.parley.embeddedpostgres.EmbeddedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The node's PostgreSQL (a real server run from the embedded binaries, owned by the test) is killed or
 * stalled under load: clients get 503 {@code unavailable} with {@code Retry-After} within seconds, never a
 * hang or a 500; {@code /ready} names the failing check within 2 s; once the server is back, sends go on, and
 * every acknowledged message is stored exactly once with gap-free seq.
 */
class DatabaseOutageIT {
    private Path dataDirectory;
    private EmbeddedDatabase database;
    private TestNode node;
    private ApiClient api;

    @BeforeEach
    void start() throws Exception {
        dataDirectory = Files.createTempDirectory("parley-outage-pg");
        database = EmbeddedDatabase.start(dataDirectory);
        Map<String, String> env = new HashMap<>(SendLoad.NODE_SETTINGS);
        env.put("PARLEY_DATABASE_URL", database.jdbcUrl("parley"));
        node = TestNode.start(env);
        api = node.client();
    }

    @AfterEach
    void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        try {
            if (PostgresProcesses.postmaster(dataDirectory).isPresent()) {
                PostgresProcesses.resume(dataDirectory);
            }
        } finally {
            database.close();
        }
    }

    @Test
    void killing_the_database_during_sends_answers_503_and_loses_nothing_acked_after_it_restarts() throws Exception {
        DirectChat chat = DirectChat.open(api);
        Map<String, SendLoad.Ack> acks;
        try (SendLoad load = SendLoad.start(node::port, chat.id(), chat.sender().accessToken(), 4)) {
            load.awaitMoreAcks(150, Duration.ofSeconds(30));

            PostgresProcesses.kill(dataDirectory);
            database.close(); // releases the library's lock on the data directory; the server is already gone
            awaitRetryableAnswers(load);
            assertReadyNamesPostgresWithinTwoSeconds();

            database = EmbeddedDatabase.start(dataDirectory, database.port());
            load.awaitMoreAcks(100, Duration.ofSeconds(30));
            acks = load.stop();
            assertThat(load.unexpected()).isEmpty();
        }
        StoredHistory.read(api, chat.id(), chat.reader().accessToken()).containsExactlyOnce(acks);
    }

    @Test
    void a_stalled_database_answers_503_within_seconds_and_sends_resume_when_it_wakes() throws Exception {
        DirectChat chat = DirectChat.open(api);
        Map<String, SendLoad.Ack> acks;
        try (SendLoad load = SendLoad.start(node::port, chat.id(), chat.sender().accessToken(), 2)) {
            load.awaitMoreAcks(50, Duration.ofSeconds(30));

            PostgresProcesses.pause(dataDirectory);
            try {
                awaitRetryableAnswers(load);
                long started = System.nanoTime();
                ApiClient.Response refused = api.post("/api/v1/conversations/" + chat.id() + "/messages",
                        Map.of("content", "while the database sleeps"), chat.sender().accessToken());
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
                assertThat(refused.status()).as("%s", refused).isEqualTo(503);
                assertThat(refused.errorCode()).isEqualTo("unavailable");
                assertThat(refused.header("Retry-After")).isNotNull();
                assertReadyNamesPostgresWithinTwoSeconds();
            } finally {
                PostgresProcesses.resume(dataDirectory);
            }

            load.awaitMoreAcks(50, Duration.ofSeconds(30));
            acks = load.stop();
            assertThat(load.unexpected()).isEmpty();
        }
        StoredHistory.read(api, chat.id(), chat.reader().accessToken()).containsExactlyOnce(acks);
        assertThat(api.get("/ready", null).status()).isEqualTo(200);
    }

    private static void awaitRetryableAnswers(SendLoad load) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (load.failuresOf("503 unavailable") < 3) {
            assertThat(System.nanoTime()).as("503s during the outage; seen %s, unexpected %s", load.failures(),
                    load.unexpected()).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private void assertReadyNamesPostgresWithinTwoSeconds() {
        long started = System.nanoTime();
        ApiClient.Response ready = api.get("/ready", null);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.errorCode()).isEqualTo("unavailable");
        assertThat(ready.json().path("error").path("details").findValuesAsText("field")).contains("postgresql");
    }
}
