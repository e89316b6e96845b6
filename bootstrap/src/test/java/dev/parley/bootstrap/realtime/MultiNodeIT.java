package dev.parley.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.Await;
import dev.parley.bootstrap.support.NodeProcess;
import dev.parley.bootstrap.support.RedisSupport;
import dev.parley.bootstrap.support.RunningNode;
import dev.parley.bootstrap.support.SseReader;
import dev.parley.bootstrap.support.TestNodeExtension;
import dev.parley.bootstrap.support.WsClient;
import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.PresenceStatus;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two (or three) nodes sharing PostgreSQL and Redis behave as one; a SIGKILLed node's users go offline. */
class MultiNodeIT {
    private static final long LEASE_MILLIS = 2_000;

    @RegisterExtension
    static final TestNodeExtension nodeA = TestNodeExtension.withEnv(() -> Map.of("PARLEY_REDIS_URL", RedisSupport.urlOrSkip(),
            "PARLEY_PRESENCE_LEASE_MILLIS", String.valueOf(LEASE_MILLIS), "PARLEY_PRESENCE_HEARTBEAT_MILLIS", "200",
            "PARLEY_PRESENCE_GRACE_MILLIS", "300"));
    static final RunningNode nodeB = nodeA.sibling(Map.of());
    static final ApiClient apiA = nodeA.client();

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

        try (WsClient onB = WsClient.withToken(nodeB, user.accessToken())) {
            awaitStatus(nodeA, id, PresenceStatus.ONLINE, Duration.ofSeconds(3));
            try (WsClient alsoOnA = WsClient.withToken(nodeA, user.accessToken())) {
                onB.close();
                Await.holdsThroughout(() -> status(nodeA, id) == PresenceStatus.ONLINE, Duration.ofMillis(800),
                        "still connected to A");
            }
        }
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
            try (WsClient socket = WsClient.connect(doomed.port(), "token=" + user.accessToken())) {
                awaitPong(socket);
                awaitStatus(nodeA, id, PresenceStatus.ONLINE, Duration.ofSeconds(3));

                doomed.kill();
                long killedAt = System.nanoTime();

                awaitStatus(nodeA, id, PresenceStatus.OFFLINE, Duration.ofMillis(LEASE_MILLIS + 2_000));
                assertThat(Duration.ofNanos(System.nanoTime() - killedAt))
                        .isLessThan(Duration.ofMillis(LEASE_MILLIS + 1_500));
            }
        }
    }

    @Test
    void messages_typing_receipts_and_membership_changes_cross_the_nodes_exactly_once() {
        SignedInUser alice = Accounts.register(apiA);
        SignedInUser bob = Accounts.register(apiA);
        SignedInUser carol = Accounts.register(apiA);
        String team = Sockets.group(apiA, alice, bob);
        try (WsClient aliceOnA = Sockets.open(nodeA, alice); WsClient aliceOnB = Sockets.open(nodeB, alice);
             WsClient bobOnB = Sockets.open(nodeB, bob); WsClient carolOnB = Sockets.open(nodeB, carol)) {
            Sockets.sendMessage(aliceOnA, "x1", team, "across");
            assertThat(aliceOnA.nextMatching(frame -> frame.path("type").asText().equals("ack")).path("ref").asText())
                    .isEqualTo("x1");
            for (WsClient device : new WsClient[] {aliceOnB, bobOnB}) {
                List<JsonNode> frames = MessagingOverSocketsIT.drainUntilType(device, "message.created");
                assertThat(Sockets.ofType(frames, "message.created")).hasSize(1);
            }

            // carol joins on node A's request; node B refreshes its index and includes her from then on.
            apiA.post("/api/v1/conversations/" + team + "/participants", Map.of("user_ids", List.of(carol.id())),
                    alice.accessToken());
            assertThat(carolOnB.nextMatching(frame -> frame.path("type").asText().equals("participant.added"))
                    .path("participant").path("user_id").asText()).isEqualTo(carol.id());
            Sockets.sendMessage(aliceOnA, "x2", team, "welcome");
            // Her first message is the system notice of her joining, then alice's.
            assertThat(carolOnB.nextMatching(frame -> frame.path("type").asText().equals("message.created")
                    && frame.path("message").path("type").asText().equals("text"))
                    .path("message").path("content").asText()).isEqualTo("welcome");

            bobOnB.send(Sockets.frame(Map.of("type", "typing", "conversation_id", team, "state", "start")));
            assertThat(aliceOnA.nextMatching(frame -> frame.path("type").asText().equals("typing"))
                    .path("user_id").asText()).isEqualTo(bob.id());

            bobOnB.send(Sockets.frame(Map.of("type", "read", "conversation_id", team, "seq", 1)));
            JsonNode receipt = aliceOnA.nextMatching(frame -> frame.path("type").asText().equals("receipt.read"));
            assertThat(receipt.path("user_id").asText()).isEqualTo(bob.id());
        }
    }

    @Test
    void presence_reaches_a_contact_and_a_conversation_peer_on_the_other_node_but_not_a_stranger() {
        SignedInUser alice = Accounts.register(apiA);
        SignedInUser friend = Accounts.register(apiA);
        SignedInUser peer = Accounts.register(apiA);
        SignedInUser stranger = Accounts.register(apiA);
        String request = apiA.post("/api/v1/contact-requests", Map.of("user_id", friend.id()), alice.accessToken())
                .json().path("id").asText();
        assertThat(apiA.post("/api/v1/contact-requests/" + request + "/accept", null, friend.accessToken()).status())
                .isEqualTo(200);
        apiA.patch("/api/v1/users/me", Map.of("privacy", Map.of("presence_visible_to", "everyone")), alice.accessToken());
        Sockets.direct(apiA, peer, alice);
        try (WsClient friendOnA = Sockets.open(nodeA, friend); WsClient peerOnA = Sockets.open(nodeA, peer);
             WsClient strangerOnA = Sockets.open(nodeA, stranger)) {
            try (WsClient aliceOnB = Sockets.open(nodeB, alice)) {
                for (WsClient watcher : new WsClient[] {friendOnA, peerOnA}) {
                    JsonNode online = watcher.nextMatching(frame -> frame.path("type").asText().equals("presence")
                            && frame.path("user_id").asText().equals(alice.id()));
                    assertThat(online.path("status").asText()).isEqualTo("online");
                }
            }
            assertThat(Sockets.ofType(Sockets.drain(strangerOnA), "presence")).isEmpty();
        }
    }

    @Test
    void nothing_acked_by_a_sigkilled_node_is_lost() throws Exception {
        SignedInUser alice = Accounts.register(apiA);
        SignedInUser bob = Accounts.register(apiA);
        String chat = Sockets.direct(apiA, alice, bob);
        Map<String, String> env = new HashMap<>(nodeA.environment());
        env.put("PARLEY_HTTP_PORT", "0");
        List<String> acked = new java.util.ArrayList<>();
        try (NodeProcess doomed = NodeProcess.start(env)) {
            WsClient socket = WsClient.connect(doomed.port(), "token=" + alice.accessToken());
            awaitPong(socket);
            for (int i = 0; i < 50; i++) {
                Sockets.sendMessage(socket, "k" + i, chat, "before the crash " + i);
            }
            // Kill while sends are in flight: whatever was acked must be stored.
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (acked.size() < 20 && System.nanoTime() < deadline) {
                JsonNode frame = socket.next();
                if (frame.path("type").asText().equals("ack")) {
                    acked.add(frame.path("message").path("id").asText());
                }
            }
            doomed.kill();
            socket.close();
        }
        List<String> stored = new java.util.ArrayList<>();
        apiA.get("/api/v1/conversations/" + chat + "/messages?limit=100&after_seq=0", bob.accessToken()).json()
                .path("items").forEach(message -> stored.add(message.path("id").asText()));
        assertThat(acked).isNotEmpty();
        assertThat(stored).containsAll(acked).doesNotHaveDuplicates();
    }

    private static void awaitPong(WsClient socket) {
        socket.send("{\"type\":\"ping\"}");
        assertThat(socket.nextMatching(frame -> frame.path("type").asText().equals("pong"))).isNotNull();
    }

    private static PresenceStatus status(RunningNode node, UserId id) {
        return node.parley().component().presence().presenceOf(id).status();
    }

    private static void awaitStatus(RunningNode node, UserId id, PresenceStatus wanted, Duration within) {
        Await.until(() -> status(node, id) == wanted, within, "presence " + wanted);
    }
}
