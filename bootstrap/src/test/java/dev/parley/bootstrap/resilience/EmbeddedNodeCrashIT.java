package dev.parley.bootstrap.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.NodeProcess;
import dev.parley.bootstrap.support.PostgresProcesses;
import dev.parley.bootstrap.support.SendLoad;
import dev.parley.bootstrap.support.StoredHistory;
import dev.parley.bootstrap.support.TestNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A node running the default embedded PostgreSQL is SIGKILLed while it acknowledges sends: its database
 * outlives it (it runs detached), and the node started again on the same data directory must take over,
 * with every acknowledged message stored once and seq gap-free.
 */
class EmbeddedNodeCrashIT {

    @Test
    void a_node_killed_during_sends_restarts_on_its_own_data_and_kept_everything_it_acked() throws Exception {
        Map<String, String> env = TestNode.embeddedDatabaseEnvironment(SendLoad.NODE_SETTINGS);
        Path postgresData = Path.of(env.get("PARLEY_DATA_DIR")).resolve("postgres");
        NodeProcess node = NodeProcess.start(env);
        try {
            AtomicInteger port = new AtomicInteger(node.port());
            DirectChat chat = DirectChat.open(new ApiClient("http://127.0.0.1:" + port.get()));
            Map<String, SendLoad.Ack> acks;
            try (SendLoad load = SendLoad.start(port::get, chat.id(), chat.sender().accessToken(), 4)) {
                load.awaitMoreAcks(150, Duration.ofSeconds(30));

                node.kill();
                assertThat(PostgresProcesses.postmaster(postgresData)).as("the embedded PostgreSQL outlived its node")
                        .isPresent();
                node = NodeProcess.start(env);
                port.set(node.port());

                load.awaitMoreAcks(50, Duration.ofSeconds(30));
                acks = load.stop();
                assertThat(load.unexpected()).isEmpty();
            }
            StoredHistory.read(new ApiClient("http://127.0.0.1:" + port.get()), chat.id(), chat.reader().accessToken())
                    .containsExactlyOnce(acks);
        } finally {
            if (!node.terminate(Duration.ofSeconds(30))) {
                node.kill();
            }
            PostgresProcesses.postmaster(postgresData).ifPresent(ProcessHandle::destroyForcibly);
        }
    }
}
