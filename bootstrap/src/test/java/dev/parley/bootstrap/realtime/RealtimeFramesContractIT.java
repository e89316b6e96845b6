package dev.parley.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.Calls;
import dev.parley.bootstrap.support.FakeLiveKit;
import dev.parley.bootstrap.support.FrameContract;
import dev.parley.bootstrap.support.SseReader;
import dev.parley.bootstrap.support.TestNodeExtension;
import dev.parley.bootstrap.support.WsClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Real frames from a running node match the AsyncAPI document: one scenario drives every server event the node
 * emits (all but the meeting events, which MeetingControlsIT produces and WsClient checks the same way) over WebSockets and SSE, sends every client
 * frame after checking it against the document, and records each frame type seen. {@link WsClient} and
 * {@link SseReader} check every frame read against the document ({@link FrameContract}).
 */
class RealtimeFramesContractIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FakeLiveKit liveKit = new FakeLiveKit();
    /** A heartbeat notices the closed stream, so the node stops at once. */
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(liveKit.environment())
            .and(Map.of("PARLEY_CALL_RING_TIMEOUT_SECONDS", "2", "PARLEY_SSE_HEARTBEAT_SECONDS", "1")).closing(liveKit);
    private static final ApiClient api = node.client();
    private final Set<String> seen = new TreeSet<>();

    @Test
    void every_frame_a_running_node_sends_and_accepts_matches_the_asyncapi_document() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser carol = Accounts.register(api);
        SignedInUser bobTablet = Accounts.anotherDevice(api, bob);
        String ticket = api.post("/api/v1/realtime/tickets", null, bob.accessToken()).json().path("ticket").asText();
        try (WsClient bobPhone = WsClient.connect(node, "ticket=" + ticket);
             WsClient bobOther = WsClient.withToken(node, bobTablet.accessToken());
             SseReader bobStream = SseReader.open(node, bob.accessToken());
             WsClient carolPhone = WsClient.withToken(node, carol.accessToken())) {
            // Contacts: a request, its answer, then Ada comes online and her contact Bob sees it.
            String request = api.post("/api/v1/contact-requests", Map.of("user_id", bob.id()), ada.accessToken()).json().path("id").asText();
            expect(bobPhone, "contact.request.received");
            expectOnStream(bobStream, "contact.request.received");
            api.post("/api/v1/contact-requests/" + request + "/accept", null, bob.accessToken());
            expect(bobPhone, "contact.request.accepted");
            String declined = api.post("/api/v1/contact-requests", Map.of("user_id", bob.id()), carol.accessToken()).json().path("id").asText();
            api.post("/api/v1/contact-requests/" + declined + "/decline", null, bob.accessToken());
            expect(carolPhone, "contact.request.declined");
            try (WsClient adaPhone = WsClient.withToken(node, ada.accessToken())) {
                expect(bobPhone, "presence");
                conversationFrames(ada, bob, carol, adaPhone, bobPhone, carolPhone);
                callFrames(ada, bob, adaPhone, bobPhone, bobOther);
                api.delete("/api/v1/contacts/" + bob.id(), ada.accessToken());
                expect(bobPhone, "contact.removed");
                expectOnStream(bobStream, "contact.removed");
            }
            api.post("/api/v1/auth/logout", null, bobTablet.accessToken());
            expect(bobOther, "session.revoked");
            assertThat(bobOther.closeCode(Duration.ofSeconds(5))).isEqualTo(4001);
        }

        Set<String> notSeen = FrameContract.serverFrameTypes().stream()
                .filter(type -> !seen.contains(type) && !type.startsWith("meeting.")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(notSeen).as("server frame types the scenario never received").isEmpty();
    }

    private void conversationFrames(SignedInUser ada, SignedInUser bob, SignedInUser carol,
                                    WsClient adaPhone, WsClient bobPhone, WsClient carolPhone) {
        String chat = api.post("/api/v1/conversations", Map.of("participant_id", bob.id()), ada.accessToken()).json().path("id").asText();
        expect(bobPhone, "conversation.created");
        send(adaPhone, Map.of("type", "message.send", "ref", "c1", "conversation_id", chat, "content", "Hello", "client_msg_id", "m-1"));
        JsonNode ack = expect(adaPhone, "ack");
        String message = ack.path("message").path("id").asText();
        expect(bobPhone, "message.created");
        api.patch("/api/v1/messages/" + message, Map.of("content", "Hello!"), ada.accessToken());
        expect(bobPhone, "message.updated");
        api.delete("/api/v1/messages/" + message, ada.accessToken());
        expect(bobPhone, "message.deleted");
        api.post("/api/v1/messages/" + message + "/restore", null, ada.accessToken());
        expect(bobPhone, "message.restored");
        send(adaPhone, Map.of("type", "typing", "conversation_id", chat, "state", "start"));
        expect(bobPhone, "typing");
        send(bobPhone, Map.of("type", "read", "conversation_id", chat, "seq", ack.path("message").path("seq").asLong()));
        expect(adaPhone, "receipt.read");
        send(adaPhone, Map.of("type", "ping"));
        expect(adaPhone, "pong");
        adaPhone.send("{oops");
        assertThat(expect(adaPhone, "error").path("error").path("code").asText()).isEqualTo("malformed_json");

        String group = api.post("/api/v1/conversations", Map.of("type", "group", "name", "Friends",
                "participant_ids", List.of(bob.id())), ada.accessToken()).json().path("id").asText();
        api.post("/api/v1/conversations/" + group + "/participants", Map.of("user_ids", List.of(carol.id())), ada.accessToken());
        expect(carolPhone, "participant.added");
        api.patch("/api/v1/conversations/" + group + "/participants/" + carol.id(), Map.of("role", "admin"), ada.accessToken());
        expect(carolPhone, "participant.updated");
        api.patch("/api/v1/conversations/" + group, Map.of("name", "Best friends"), ada.accessToken());
        expect(carolPhone, "conversation.updated");
        api.delete("/api/v1/conversations/" + group + "/participants/" + carol.id(), ada.accessToken());
        expect(carolPhone, "participant.removed");
        api.delete("/api/v1/conversations/" + group, ada.accessToken());
        expect(bobPhone, "conversation.deleted");
    }

    private void callFrames(SignedInUser ada, SignedInUser bob, WsClient adaPhone, WsClient bobPhone, WsClient bobOther) {
        String answered = Calls.placed(api, ada, bob);
        expect(bobPhone, "call.incoming");
        Calls.act(api, answered, "accept", bob.accessToken());
        expect(adaPhone, "call.accepted");
        expect(bobOther, "call.answered_elsewhere");
        Calls.act(api, answered, "end", ada.accessToken());
        expect(bobPhone, "call.ended");
        Calls.act(api, Calls.placed(api, ada, bob), "decline", bob.accessToken());
        expect(adaPhone, "call.declined");
        Calls.act(api, Calls.placed(api, ada, bob), "cancel", ada.accessToken());
        expect(bobPhone, "call.cancelled");
        Calls.placed(api, ada, bob);
        expect(adaPhone, "call.missed", Duration.ofSeconds(15));
    }

    @Test
    void the_node_serves_the_asyncapi_document_and_links_it_from_the_docs_page() {
        ApiClient.Response document = api.get("/asyncapi.json", null);

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(document.json().path("channels").path("socket").path("address").asText()).isEqualTo("/api/v1/ws");
        assertThat(api.get("/docs", null).text()).contains("href=\"/asyncapi.json\"");
    }

    /** A client frame: checked against the document before it is sent. */
    private static void send(WsClient socket, Map<String, Object> frame) {
        JsonNode json = JSON.valueToTree(frame);
        FrameContract.checkClientFrame(json);
        socket.send(json.toString());
    }

    private JsonNode expect(WsClient socket, String type) {
        return expect(socket, type, Duration.ofSeconds(5));
    }

    /** Skips to the first frame of {@code type}; every frame read on the way is checked too (by WsClient). */
    private JsonNode expect(WsClient socket, String type, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            JsonNode frame = socket.next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            seen.add(frame.path("type").asText());
            if (frame.path("type").asText().equals(type)) {
                return frame;
            }
        }
    }

    private void expectOnStream(SseReader stream, String type) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            JsonNode event = stream.nextEvent(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            seen.add(event.path("type").asText());
            if (event.path("type").asText().equals(type)) {
                return;
            }
        }
    }
}
