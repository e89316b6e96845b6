package dev.parley.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.NodeProcess;
import dev.parley.bootstrap.support.RedisSupport;
import dev.parley.bootstrap.support.SseReader;
import dev.parley.bootstrap.support.TestNode;
import dev.parley.bootstrap.support.WsClient;
import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.PresenceStatus;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two (or three) nodes sharing PostgreSQL and Redis behave as one; a SIGKILLed node's users go offline. */
class MultiNodeIT {
    private static final long LEASE_MILLIS = 2_000;

    private static TestNode nodeA;
    private static TestNode nodeB;
    private static ApiClient apiA;

    @BeforeAll
    static void startNodes() {
        String redis = RedisSupport.urlOrSkip();
        nodeA = TestNode.start(Map.of("PARLEY_REDIS_URL", redis, "PARLEY_PRESENCE_LEASE_MILLIS", String.valueOf(LEASE_MILLIS),
                "PARLEY_PRESENCE_HEARTBEAT_MILLIS", "200", "PARLEY_PRESENCE_GRACE_MILLIS", "300"));
        nodeB = nodeA.sibling(Map.of());
        apiA = nodeA.client();
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    void logout_on_one_node_closes_the_session_sockets_on_every_node_within_a_second() {
        SignedInUser user = Accounts.register(apiA);
        try (WsClient onB = WsClient.withToken(nodeB, user.accessToken());
             WsClient onA = WsClient.withToken(nodeA, user.accessToken());
             SseReader streamOnB = SseReader.open(nodeB, user.accessToken())) {
            awaitPong(onB);
            awaitPong(onA);
            long start = System.nanoTime();

            apiA.post("/api/v1/auth/logout", Map.of(), user.accessToken());

            for (WsClient socket : new WsClient[] {onA, onB}) {
                JsonNode revoked = socket.next(Duration.ofSeconds(1));
                assertThat(revoked.path("type").asText()).isEqualTo("session.revoked");
                assertThat(socket.closeCode(Duration.ofSeconds(1))).isEqualTo(4001);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_500));
            assertThat(streamOnB.nextEvent(Duration.ofSeconds(1)).path("type").asText()).isEqualTo("session.revoked");
        }
        assertThat(nodeB.client().get("/api/v1/auth/me", user.accessToken()).status()).isEqualTo(401);
    }

    @Test
    void a_ticket_issued_on_one_node_opens_a_socket_on_the_other_once() {
        SignedInUser user = Accounts.register(apiA);
        String ticket = apiA.post("/api/v1/realtime/tickets", null, user.accessToken()).json().path("ticket").asText();

        try (WsClient onB = WsClient.connect(nodeB, "ticket=" + ticket)) {
            awaitPong(onB);
        }
        try {
            WsClient.connect(nodeA, "ticket=" + ticket).close();
            throw new AssertionError("a used ticket opened a socket");
        } catch (java.util.concurrent.CompletionException refused) {
            assertThat(refused.getCause()).isInstanceOf(java.net.http.WebSocketHandshakeException.class);
        }
    }

    @Test
    void presence_is_shared_by_the_nodes() throws Exception {
        SignedInUser user = Accounts.register(apiA);
        UserId id = new UserId(UUID.fromString(user.id()));

        WsClient onB = WsClient.withToken(nodeB, user.accessToken());
        awaitStatus(nodeA, id, PresenceStatus.ONLINE, Duration.ofSeconds(3));
        WsClient alsoOnA = WsClient.withToken(nodeA, user.accessToken());
        onB.close();
        Thread.sleep(800);
        assertThat(status(nodeA, id)).as("still connected to A").isEqualTo(PresenceStatus.ONLINE);
        alsoOnA.close();
        awaitStatus(nodeB, id, PresenceStatus.OFFLINE, Duration.ofSeconds(3));
        assertThat(nodeB.parley().component().presence().presenceOf(id).lastSeenAt()).isPresent();
    }

    @Test
    void users_of_a_sigkilled_node_go_offline_for_the_others_within_the_lease() throws Exception {
        SignedInUser user = Accounts.register(apiA);
        UserId id = new UserId(UUID.fromString(user.id()));
        Map<String, String> env = new HashMap<>(nodeA.environment());
        env.put("PARLEY_HTTP_PORT", "0");
        try (NodeProcess doomed = NodeProcess.start(env)) {
            WsClient socket = WsClient.connect(doomed.port(), "token=" + user.accessToken());
            awaitPong(socket);
            awaitStatus(nodeA, id, PresenceStatus.ONLINE, Duration.ofSeconds(3));

            doomed.kill();
            long killedAt = System.nanoTime();

            awaitStatus(nodeA, id, PresenceStatus.OFFLINE, Duration.ofMillis(LEASE_MILLIS + 2_000));
            assertThat(Duration.ofNanos(System.nanoTime() - killedAt)).isLessThan(Duration.ofMillis(LEASE_MILLIS + 1_500));
            socket.close();
        }
    }

    private static void awaitPong(WsClient socket) {
        socket.send("{\"type\":\"ping\"}");
        assertThat(socket.nextMatching(frame -> frame.path("type").asText().equals("pong"))).isNotNull();
    }

    private static PresenceStatus status(TestNode node, UserId id) {
        return node.parley().component().presence().presenceOf(id).status();
    }

    private static void awaitStatus(TestNode node, UserId id, PresenceStatus wanted, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (status(node, id) != wanted && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(status(node, id)).isEqualTo(wanted);
    }
}
