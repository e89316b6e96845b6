package dev.parley.bootstrap.realtime;

import static dev.parley.bootstrap.realtime.Sockets.drain;
import static dev.parley.bootstrap.realtime.Sockets.ofType;
import static dev.parley.bootstrap.realtime.Sockets.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.TestNodeExtension;
import dev.parley.bootstrap.support.WsClient;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One node: messages, typing and receipts over real WebSockets, to every device, exactly once. */
class MessagingOverSocketsIT {
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(Map.of("PARLEY_SEND_RATE_LIMIT", "30", "PARLEY_SEND_RATE_WINDOW_SECONDS", "60"));
    private static final ApiClient api = node.client();

    @Test
    void a_message_sent_over_the_socket_is_acked_after_commit_and_reaches_every_other_device_once_in_order() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String chat = Sockets.direct(api, alice, bob);
        try (WsClient alicePhone = open(node, alice); WsClient aliceLaptop = open(node, alice);
             WsClient bobPhone = open(node, bob); WsClient bobLaptop = open(node, bob)) {
            for (int i = 1; i <= 5; i++) {
                Sockets.sendMessage(alicePhone, "r" + i, chat, "hello " + i);
            }
            List<JsonNode> acks = ofType(drainUntil(alicePhone, 5), "ack");
            assertThat(acks).extracting(ack -> ack.path("ref").asText()).containsExactly("r1", "r2", "r3", "r4", "r5");
            for (JsonNode ack : acks) {
                // The ack carries the stored message: it is in the history already.
                String id = ack.path("message").path("id").asText();
                assertThat(api.get("/api/v1/messages/" + id, bob.accessToken()).status()).isEqualTo(200);
            }
            for (WsClient device : List.of(aliceLaptop, bobPhone, bobLaptop)) {
                List<JsonNode> created = ofType(drainUntil(device, 5), "message.created");
                assertThat(created).extracting(frame -> frame.path("message").path("seq").asLong())
                        .containsExactly(1L, 2L, 3L, 4L, 5L);
                assertThat(created).allSatisfy(frame -> assertThat(frame.path("conversation_id").asText()).isEqualTo(chat));
                assertThat(created.getFirst().path("message").path("content").asText()).isEqualTo("hello 1");
            }
        }
    }

    @Test
    void a_retried_send_with_the_same_client_msg_id_acks_the_original_and_creates_nothing_new() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String chat = Sockets.direct(api, alice, bob);
        try (WsClient socket = open(node, alice); WsClient bobSocket = open(node, bob)) {
            String frame = Sockets.frame(Map.of("type", "message.send", "ref", "a", "conversation_id", chat,
                    "content", "once", "client_msg_id", "c-1"));
            socket.send(frame);
            socket.send(frame.replace("\"ref\":\"a\"", "\"ref\":\"b\""));
            List<JsonNode> acks = ofType(drainUntil(socket, 2), "ack");
            assertThat(acks).extracting(ack -> ack.path("message").path("id").asText()).containsOnly(
                    acks.getFirst().path("message").path("id").asText());
            assertThat(ofType(drainUntilType(bobSocket, "message.created"), "message.created")).hasSize(1);
        }
    }

    @Test
    void refused_sends_get_an_error_frame_with_the_contract_code_and_the_ref() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser mallory = Accounts.register(api);
        String chat = Sockets.direct(api, alice, bob);
        try (WsClient socket = open(node, mallory); WsClient aliceSocket = open(node, alice)) {
            Sockets.sendMessage(socket, "m1", chat, "let me in");
            JsonNode refused = socket.next();
            assertThat(refused.path("type").asText()).isEqualTo("error");
            assertThat(refused.path("ref").asText()).isEqualTo("m1");
            assertThat(refused.path("error").path("code").asText()).isEqualTo("not_a_participant");

            Sockets.sendMessage(aliceSocket, "v1", chat, "   ");
            JsonNode invalid = aliceSocket.next();
            assertThat(invalid.path("ref").asText()).isEqualTo("v1");
            assertThat(invalid.path("error").path("code").asText()).isEqualTo("validation_failed");

            aliceSocket.send("{\"type\":\"message.send\",\"ref\":\"v2\",\"conversation_id\":\"nope\",\"content\":\"x\"}");
            assertThat(aliceSocket.next().path("error").path("code").asText()).isEqualTo("validation_failed");
        }
        assertThat(api.get("/api/v1/conversations/" + chat + "/messages", alice.accessToken()).json()
                .path("items").size()).isZero();
    }

    @Test
    void the_send_rate_limit_is_shared_by_rest_and_every_socket_of_the_user() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String chat = Sockets.direct(api, alice, bob);
        try (WsClient phone = open(node, alice); WsClient laptop = open(node, alice)) {
            for (int i = 0; i < 15; i++) {
                Sockets.sendMessage(phone, "p" + i, chat, "p" + i);
                Sockets.sendMessage(laptop, "l" + i, chat, "l" + i);
            }
            assertThat(ofType(drainUntil(phone, 15), "ack")).hasSize(15);
            assertThat(ofType(drainUntil(laptop, 15), "ack")).hasSize(15);

            var rest = api.post("/api/v1/conversations/" + chat + "/messages", Map.of("content", "one more"),
                    alice.accessToken());
            assertThat(rest.status()).isEqualTo(429);
            assertThat(rest.errorCode()).isEqualTo("rate_limited");
            assertThat(rest.header("Retry-After")).isNotBlank();

            Sockets.sendMessage(phone, "over", chat, "and another");
            JsonNode limited = phone.nextMatching(frame -> frame.path("type").asText().equals("error"));
            assertThat(limited.path("ref").asText()).isEqualTo("over");
            assertThat(limited.path("error").path("code").asText()).isEqualTo("rate_limited");
            assertThat(limited.path("error").path("retry_after_ms").asLong()).isPositive();
        }
        assertThat(api.get("/api/v1/conversations/" + chat, alice.accessToken()).json().path("last_seq").asLong())
                .isEqualTo(30);
    }

    @Test
    void typing_reaches_the_other_participants_but_not_the_typer_and_non_participants_are_refused() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser carol = Accounts.register(api);
        SignedInUser mallory = Accounts.register(api);
        String team = Sockets.group(api, alice, bob, carol);
        try (WsClient alicePhone = open(node, alice); WsClient aliceLaptop = open(node, alice);
             WsClient bobSocket = open(node, bob); WsClient carolSocket = open(node, carol);
             WsClient intruder = open(node, mallory)) {
            drain(bobSocket);
            alicePhone.send(Sockets.frame(Map.of("type", "typing", "conversation_id", team, "state", "start")));
            assertThat(drain(alicePhone)).isEmpty();
            for (WsClient other : List.of(bobSocket, carolSocket)) {
                JsonNode typing = other.nextMatching(frame -> frame.path("type").asText().equals("typing"));
                assertThat(typing.path("user_id").asText()).isEqualTo(alice.id());
                assertThat(typing.path("conversation_id").asText()).isEqualTo(team);
                assertThat(typing.path("state").asText()).isEqualTo("start");
            }
            assertThat(ofType(drain(aliceLaptop), "typing")).isEmpty();

            intruder.send(Sockets.frame(Map.of("type", "typing", "conversation_id", team, "state", "start", "ref", "t")));
            assertThat(intruder.next().path("error").path("code").asText()).isEqualTo("not_a_participant");
            assertThat(ofType(drain(bobSocket), "typing")).isEmpty();
        }
    }

    @Test
    void a_read_frame_moves_the_cursor_and_sends_receipt_read_unless_the_reader_hides_receipts() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String chat = Sockets.direct(api, alice, bob);
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/conversations/" + chat + "/messages", Map.of("content", "m" + i), alice.accessToken());
        }
        try (WsClient aliceSocket = open(node, alice); WsClient bobPhone = open(node, bob);
             WsClient bobLaptop = open(node, bob)) {
            bobPhone.send(Sockets.frame(Map.of("type", "read", "conversation_id", chat, "seq", 2)));
            JsonNode receipt = ofType(drainUntilType(aliceSocket, "receipt.read"), "receipt.read").getFirst();
            assertThat(receipt.path("user_id").asText()).isEqualTo(bob.id());
            assertThat(receipt.path("seq").asLong()).isEqualTo(2);
            assertThat(ofType(drainUntilType(bobLaptop, "receipt.read"), "receipt.read")).hasSize(1);

            assertThat(api.patch("/api/v1/users/me", Map.of("privacy", Map.of("share_read_receipts", false)),
                    bob.accessToken()).status()).isEqualTo(200);
            assertThat(api.post("/api/v1/conversations/" + chat + "/read", Map.of("seq", 3), bob.accessToken())
                    .json().path("last_read_seq").asLong()).isEqualTo(3);
            JsonNode own = ofType(drainUntilType(bobLaptop, "receipt.read"), "receipt.read").getFirst();
            assertThat(own.path("seq").asLong()).isEqualTo(3);
            assertThat(ofType(drain(aliceSocket), "receipt.read")).isEmpty();
        }
    }

    @Test
    void edits_removals_and_deletion_reach_the_right_people_once() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser carol = Accounts.register(api);
        String team = Sockets.group(api, alice, bob, carol);
        String message = api.post("/api/v1/conversations/" + team + "/messages", Map.of("content", "draft"),
                alice.accessToken()).json().path("id").asText();
        try (WsClient aliceSocket = open(node, alice); WsClient bobSocket = open(node, bob);
             WsClient carolSocket = open(node, carol)) {
            api.patch("/api/v1/messages/" + message, Map.of("content", "final"), alice.accessToken());
            JsonNode updated = bobSocket.nextMatching(frame -> frame.path("type").asText().equals("message.updated"));
            assertThat(updated.path("message").path("content").asText()).isEqualTo("final");
            api.delete("/api/v1/messages/" + message, alice.accessToken());
            assertThat(carolSocket.nextMatching(frame -> frame.path("type").asText().equals("message.deleted"))
                    .path("message").path("content").isNull()).isTrue();

            assertThat(api.delete("/api/v1/conversations/" + team + "/participants/" + carol.id(), alice.accessToken())
                    .status()).isEqualTo(204);
            for (WsClient socket : List.of(carolSocket, bobSocket)) {
                List<JsonNode> removed = ofType(drainUntilType(socket, "participant.removed"), "participant.removed");
                assertThat(removed).hasSize(1);
                assertThat(removed.getFirst().path("participant").path("user_id").asText()).isEqualTo(carol.id());
            }
            Sockets.sendMessage(aliceSocket, "after", team, "carol is gone");
            assertThat(bobSocket.nextMatching(frame -> frame.path("type").asText().equals("message.created")
                    && frame.path("message").path("content").asText().equals("carol is gone"))).isNotNull();
            assertThat(ofType(drain(carolSocket), "message.created")).isEmpty();

            assertThat(api.delete("/api/v1/conversations/" + team, alice.accessToken()).status()).isEqualTo(204);
            assertThat(bobSocket.nextMatching(frame -> frame.path("type").asText().equals("conversation.deleted"))
                    .path("conversation").path("id").asText()).isEqualTo(team);
            assertThat(ofType(drain(carolSocket), "conversation.deleted")).isEmpty();
        }
    }

    /** Frames until {@code count} acks or errors (or message.created for receivers) arrived. */
    static List<JsonNode> drainUntil(WsClient socket, int count) {
        List<JsonNode> frames = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (counted(frames) < count && System.nanoTime() < deadline) {
            frames.add(socket.next(java.time.Duration.ofNanos(Math.max(1, deadline - System.nanoTime()))));
        }
        frames.addAll(drain(socket));
        return frames;
    }

    static List<JsonNode> drainUntilType(WsClient socket, String type) {
        List<JsonNode> frames = new java.util.ArrayList<>();
        frames.add(socket.nextMatching(frame -> frame.path("type").asText().equals(type)));
        frames.addAll(drain(socket));
        return frames;
    }

    private static long counted(List<JsonNode> frames) {
        boolean sender = frames.stream().anyMatch(frame -> frame.path("ref").isTextual());
        return frames.stream().filter(frame -> sender ? frame.path("ref").isTextual()
                : frame.path("type").asText().equals("message.created")).count();
    }

    static List<Long> seqs(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }
}
