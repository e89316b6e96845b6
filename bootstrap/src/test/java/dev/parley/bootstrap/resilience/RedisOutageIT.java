package dev.parley.bootstrap.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.RedisProcess;
import dev.parley.bootstrap.support.SendLoad;
import dev.parley.bootstrap.support.StoredHistory;
import dev.parley.bootstrap.support.TestNode;
import dev.parley.bootstrap.support.WsClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redis (a server of the test's own) is killed under load and started again: sending (REST and WebSocket)
 * and socket tickets go on on the database alone, {@code /ready} names Redis, and once it is back delivery
 * reaches sockets on the other node again.
 */
class RedisOutageIT {
    private RedisProcess redis;
    private TestNode nodeA;
    private TestNode nodeB;

    @BeforeEach
    void start() {
        redis = RedisProcess.startOrSkip();
        Map<String, String> env = new HashMap<>(SendLoad.NODE_SETTINGS);
        env.put("PARLEY_REDIS_URL", redis.url());
        nodeA = TestNode.start(env);
        nodeB = nodeA.sibling(Map.of());
    }

    @AfterEach
    void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {nodeB, nodeA, redis}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception ignored) {
                // best effort: the next test starts its own
            }
        }
    }

    @Test
    void sends_and_tickets_keep_working_without_redis_and_delivery_across_nodes_resumes_when_it_is_back() {
        ApiClient api = nodeA.client();
        DirectChat chat = DirectChat.open(api);
        Map<String, SendLoad.Ack> acks;
        try (SendLoad load = SendLoad.start(nodeA::port, chat.id(), chat.sender().accessToken(), 3)) {
            load.awaitMoreAcks(30, Duration.ofSeconds(30));

            redis.stop();
            load.awaitMoreAcks(100, Duration.ofSeconds(15));
            assertTicketAndSocketSendWork(api, chat);
            assertReadyNamesRedisWithinTwoSeconds(api);

            redis.start();
            load.awaitMoreAcks(30, Duration.ofSeconds(15));
            acks = load.stop();
            assertThat(load.unexpected()).isEmpty();
            assertThat(load.failures()).as("no send may fail for want of Redis").isEmpty();
        }
        StoredHistory.read(api, chat.id(), chat.reader().accessToken()).containsExactlyOnce(acks);
        assertDeliveryReachesTheOtherNode(api, chat);
    }

    private void assertTicketAndSocketSendWork(ApiClient api, DirectChat chat) {
        long started = System.nanoTime();
        ApiClient.Response ticket = api.post("/api/v1/realtime/tickets", null, chat.sender().accessToken());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(ticket.status()).as("%s", ticket).isIn(200, 201);
        try (WsClient socket = WsClient.connect(nodeA, "ticket=" + ticket.json().path("ticket").asText())) {
            socket.send("{\"type\":\"message.send\",\"ref\":\"r1\",\"conversation_id\":\"" + chat.id()
                    + "\",\"content\":\"over the socket without Redis\",\"client_msg_id\":\"socket-1\"}");
            JsonNode answer = socket.nextMatching(frame -> frame.path("ref").asText().equals("r1"));
            assertThat(answer.path("type").asText()).as("%s", answer).isEqualTo("ack");
        }
    }

    private static void assertReadyNamesRedisWithinTwoSeconds(ApiClient api) {
        long started = System.nanoTime();
        ApiClient.Response ready = api.get("/ready", null);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.json().path("error").path("details").findValuesAsText("field")).containsExactly("redis");
    }

    private void assertDeliveryReachesTheOtherNode(ApiClient api, DirectChat chat) {
        try (WsClient readerOnB = WsClient.withToken(nodeB, chat.reader().accessToken())) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            for (int attempt = 0; ; attempt++) {
                String content = "after Redis came back " + attempt;
                assertThat(api.post("/api/v1/conversations/" + chat.id() + "/messages", Map.of("content", content),
                        chat.sender().accessToken()).status()).isEqualTo(201);
                try {
                    JsonNode created = readerOnB.nextMatching(frame -> frame.path("type").asText().equals("message.created")
                            && frame.toString().contains(content));
                    assertThat(created).isNotNull();
                    return;
                } catch (AssertionError | RuntimeException notYet) {
                    assertThat(System.nanoTime()).as("delivery to node B after Redis came back").isLessThan(deadline);
                }
            }
        }
    }
}
