package dev.parley.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.Await;
import dev.parley.bootstrap.support.TestNodeExtension;
import dev.parley.bootstrap.support.WsClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A client that stops reading is cut off (4008) without slowing anybody else on the node. */
class SlowConsumerIT {
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(Map.of("PARLEY_WS_QUEUE_CAPACITY", "8",
            "PARLEY_WS_WRITE_TIMEOUT_SECONDS", "1", "PARLEY_WS_IDLE_TIMEOUT_SECONDS", "5", "PARLEY_WS_PING_SECONDS", "2"));

    @Test
    void a_client_that_stops_reading_is_disconnected_while_others_keep_getting_answers_at_once() throws Exception {
        SignedInUser slowUser = Accounts.register(node.client());
        SignedInUser busyUser = Accounts.register(node.client());
        CompletableFuture<Integer> slowClosed = new CompletableFuture<>();
        // Never requests a frame: the JDK client then stops reading the socket, as a stalled phone would.
        WebSocket slow = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + node.port() + "/api/v1/ws?token=" + slowUser.accessToken()),
                        new WebSocket.Listener() {
                            @Override
                            public void onOpen(WebSocket webSocket) {
                            }

                            @Override
                            public java.util.concurrent.CompletionStage<?> onClose(WebSocket webSocket, int code, String reason) {
                                slowClosed.complete(code);
                                return null;
                            }
                        }).join();
        try (WsClient busy = WsClient.withToken(node, busyUser.accessToken())) {
            // Each frame makes the server echo ~48 KiB back (an error frame repeating the ref).
            String bigRef = "r".repeat(48 * 1024);
            for (int i = 0; i < 400 && !slowClosed.isDone(); i++) {
                try {
                    slow.sendText("{\"type\":\"nope\",\"ref\":\"" + bigRef + "\"}", true).get();
                } catch (java.util.concurrent.ExecutionException closedByTheServer) {
                    // The server dropped the slow socket before its close frame was read (this client never reads).
                    break;
                }
            }

            long start = System.nanoTime();
            busy.send("{\"type\":\"ping\"}");
            assertThat(busy.next().path("type").asText()).isEqualTo("pong");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));

            Await.until(() -> node.parley().component().gateway().connections() <= 1, Duration.ofSeconds(25),
                    "the slow socket is cut off");
            assertThat(node.parley().component().gateway().connections()).as("only the busy socket is left").isEqualTo(1);
            busy.send("{\"type\":\"ping\"}");
            assertThat(busy.next().path("type").asText()).isEqualTo("pong");
        } finally {
            slow.abort();
        }
    }
}
