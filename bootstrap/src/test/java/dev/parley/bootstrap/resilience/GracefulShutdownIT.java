package dev.parley.bootstrap.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.NodeProcess;
import dev.parley.bootstrap.support.SendLoad;
import dev.parley.bootstrap.support.StoredHistory;
import dev.parley.bootstrap.support.TestNode;
import dev.parley.bootstrap.support.WsClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM under load: sockets are told the service restarts (1012, with a reason), requests get an answer
 * (their ack, or 503 once the node is stopping), the process exits within the stop timeout, and nothing it
 * acknowledged is lost.
 */
class GracefulShutdownIT {

    @Test
    void sigterm_under_load_closes_sockets_with_1012_and_loses_nothing_acked() throws Exception {
        Map<String, String> env = TestNode.testEnvironment(SendLoad.NODE_SETTINGS);
        Map<String, SendLoad.Ack> acks;
        DirectChat chat;
        try (NodeProcess node = NodeProcess.start(env)) {
            ApiClient api = new ApiClient("http://127.0.0.1:" + node.port());
            chat = DirectChat.open(api);
            try (WsClient reader = WsClient.connect(node.port(), "token=" + chat.reader().accessToken());
                 SendLoad load = SendLoad.start(node::port, chat.id(), chat.sender().accessToken(), 4)) {
                load.awaitMoreAcks(100, Duration.ofSeconds(30));

                assertThat(node.terminate(Duration.ofSeconds(20))).as("exited after SIGTERM:\n%s", node.output()).isTrue();

                assertThat(reader.closeCode(Duration.ofSeconds(5))).isEqualTo(1012);
                assertThat(reader.closeReason()).contains("restarting");
                acks = load.stop();
                assertThat(load.unexpected()).isEmpty();
            }
        }
        try (TestNode restarted = TestNode.start(env)) {
            StoredHistory.read(restarted.client(), chat.id(), chat.reader().accessToken()).containsExactlyOnce(acks);
        }
    }

    @Test
    void a_request_arriving_once_shutdown_began_gets_503_with_retry_after_not_a_reset() {
        try (TestNode node = TestNode.start()) {
            node.parley().server().beginShutdown();

            ApiClient.Response refused = node.client().get("/api/v1/auth/me", "any");
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.errorCode()).isEqualTo("unavailable");
            assertThat(refused.header("Retry-After")).isNotNull();
            assertThat(refused.header("X-Request-Id")).isNotBlank();
        }
    }
}
