package dev.parley.bootstrap.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.CallEvents;
import dev.parley.bootstrap.support.Calls;
import dev.parley.bootstrap.support.FakeLiveKit;
import dev.parley.bootstrap.support.Sockets;
import dev.parley.bootstrap.support.TestNodeExtension;
import dev.parley.bootstrap.support.WsClient;
import dev.parley.domain.call.CallEvent;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The call lifecycle through the real server: ringing, answering, finishing, tokens and who is told what. */
class CallsIT {
    static final FakeLiveKit liveKit = new FakeLiveKit();
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(liveKit.environment()).closing(liveKit);
    static final ApiClient api = node.client();
    static CallEvents events;

    @BeforeAll
    static void listen() {
        events = CallEvents.of(node);
    }

    static Response place(SignedInUser caller, SignedInUser callee, String media) {
        return Calls.place(api, caller, callee, media);
    }

    static String placed(SignedInUser caller, SignedInUser callee) {
        return Calls.placed(api, caller, callee);
    }

    static Response act(String callId, String action, String token) {
        return Calls.act(api, callId, action, token);
    }

    @Test
    void placing_a_call_rings_the_callee() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);

        Response response = place(ada, bob, "audio");

        assertThat(response.status()).isEqualTo(201);
        JsonNode call = response.json();
        assertThat(call.path("status").asText()).isEqualTo("ringing");
        assertThat(call.path("caller_id").asText()).isEqualTo(ada.id());
        assertThat(call.path("callee_id").asText()).isEqualTo(bob.id());
        assertThat(call.path("media").asText()).isEqualTo("audio");
        assertThat(call.path("room").asText()).startsWith("call-").doesNotContain(ada.username());
        assertThat(call.path("created_at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        assertThat(call.has("answered_at")).isTrue();
        assertThat(call.path("duration_seconds").isNull()).isTrue();
        CallEvent incoming = events.about(call.path("id").asText(), "call.incoming").getFirst();
        assertThat(incoming.recipients()).extracting(Object::toString).containsExactly(bob.id());
    }

    @Test
    void every_device_of_the_callee_rings_over_its_socket_and_the_caller_hears_nothing() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser bobLaptop = Accounts.anotherDevice(api, bob);
        try (WsClient adaSocket = Sockets.open(node, ada.accessToken());
             WsClient phone = Sockets.open(node, bob.accessToken());
             WsClient laptop = Sockets.open(node, bobLaptop.accessToken())) {

            String callId = placed(ada, bob);

            for (WsClient device : new WsClient[] {phone, laptop}) {
                JsonNode frame = Sockets.next(device, "call.incoming");
                assertThat(frame.path("call").path("id").asText()).isEqualTo(callId);
                assertThat(frame.path("call").path("status").asText()).isEqualTo("ringing");
                assertThat(frame.path("call").path("caller_id").asText()).isEqualTo(ada.id());
            }
            assertThat(Sockets.types(Sockets.framesUntilPong(adaSocket))).doesNotContain("call.incoming");
        }
    }

    @Test
    void rejects_bad_call_requests_with_contract_errors() {
        SignedInUser ada = Accounts.register(api);

        Response self = place(ada, ada, "audio");
        Response badMedia = api.post("/api/v1/calls", Map.of("callee_id", "nope", "media", "smoke"), ada.accessToken());
        Response unknown = api.post("/api/v1/calls",
                Map.of("callee_id", "0195f0c0-0000-7000-8000-000000000001", "media", "audio"), ada.accessToken());
        Response anonymous = api.post("/api/v1/calls", Map.of("callee_id", ada.id(), "media", "audio"), null);

        assertThat(self.status()).isEqualTo(400);
        assertThat(self.errorCode()).isEqualTo("validation_failed");
        assertThat(badMedia.json().path("error").path("details").findValuesAsText("field"))
                .containsExactlyInAnyOrder("callee_id", "media");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(api.get("/api/v1/calls/not-a-uuid", ada.accessToken()).status()).isEqualTo(400);
    }

    @Test
    void accepting_returns_the_callees_token_and_livekit_room() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String callId = placed(ada, bob);

        Response accepted = act(callId, "accept", bob.accessToken());

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().fieldNames()).toIterable().containsExactly("call", "livekit");
        assertThat(accepted.json().path("call").path("status").asText()).isEqualTo("active");
        assertThat(accepted.json().path("call").path("answered_at").asText()).isNotBlank();
        JsonNode livekit = accepted.json().path("livekit");
        String room = accepted.json().path("call").path("room").asText();
        assertThat(livekit.path("url").asText()).isEqualTo(liveKit.environment().get("PARLEY_LIVEKIT_URL"));
        assertThat(livekit.path("room").asText()).isEqualTo(room);
        DecodedJWT token = JWT.decode(livekit.path("token").asText());
        assertThat(token.getSubject()).isEqualTo(bob.id());
        assertThat(token.getClaim("video").asMap()).containsEntry("room", room).containsEntry("roomJoin", true)
                .doesNotContainKeys("roomAdmin", "roomCreate");
        assertThat(liveKit.createdRooms()).contains(room);
    }

    @Test
    void accepting_on_one_device_tells_the_caller_and_stops_the_other_devices_but_not_the_answering_one() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser bobLaptop = Accounts.anotherDevice(api, bob);
        try (WsClient adaSocket = Sockets.open(node, ada.accessToken());
             WsClient phone = Sockets.open(node, bob.accessToken());
             WsClient laptop = Sockets.open(node, bobLaptop.accessToken())) {
            String callId = placed(ada, bob);
            Sockets.next(phone, "call.incoming");
            Sockets.next(laptop, "call.incoming");

            assertThat(act(callId, "accept", bob.accessToken()).status()).isEqualTo(200);

            JsonNode accepted = Sockets.next(adaSocket, "call.accepted");
            assertThat(accepted.path("call").path("id").asText()).isEqualTo(callId);
            assertThat(accepted.path("call").path("status").asText()).isEqualTo("active");
            JsonNode elsewhere = Sockets.next(laptop, "call.answered_elsewhere");
            assertThat(elsewhere.path("call").path("id").asText()).isEqualTo(callId);
            assertThat(Sockets.types(Sockets.framesUntilPong(phone)))
                    .doesNotContain("call.answered_elsewhere", "call.accepted");
            assertThat(Sockets.types(Sockets.framesUntilPong(adaSocket))).doesNotContain("call.answered_elsewhere");
        }
    }

    @Test
    void hanging_up_reaches_both_sides_sockets() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        try (WsClient adaSocket = Sockets.open(node, ada.accessToken());
             WsClient bobSocket = Sockets.open(node, bob.accessToken())) {
            String declined = placed(ada, bob);
            act(declined, "decline", bob.accessToken());
            assertThat(Sockets.next(adaSocket, "call.declined").path("call").path("id").asText()).isEqualTo(declined);
            assertThat(Sockets.next(bobSocket, "call.declined").path("call").path("id").asText()).isEqualTo(declined);

            String ended = placed(ada, bob);
            act(ended, "accept", bob.accessToken());
            act(ended, "end", ada.accessToken());

            JsonNode frame = Sockets.next(bobSocket, "call.ended");
            assertThat(frame.path("call").path("status").asText()).isEqualTo("ended");
            assertThat(frame.path("call").path("ended_by").asText()).isEqualTo(ada.id());
            assertThat(Sockets.next(adaSocket, "call.ended").path("call").path("id").asText()).isEqualTo(ended);
        }
    }

    @Test
    void the_caller_and_a_rejoining_side_get_fresh_tokens_but_nobody_else() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser eve = Accounts.register(api);
        String callId = placed(ada, bob);

        Response tooEarly = act(callId, "token", ada.accessToken());
        act(callId, "accept", bob.accessToken());
        Response caller = act(callId, "token", ada.accessToken());
        Response rejoin = act(callId, "token", bob.accessToken());
        Response stranger = act(callId, "token", eve.accessToken());

        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(caller.status()).isEqualTo(200);
        assertThat(JWT.decode(caller.json().path("livekit").path("token").asText()).getSubject()).isEqualTo(ada.id());
        assertThat(rejoin.status()).isEqualTo(200);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/calls/" + callId, eve.accessToken()).status()).isEqualTo(404);
        act(callId, "end", ada.accessToken());
        assertThat(act(callId, "token", ada.accessToken()).errorCode()).isEqualTo("call_ended");
    }

    @Test
    void decline_cancel_and_end_finish_calls_and_only_in_their_state() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);

        String declined = placed(ada, bob);
        assertThat(act(declined, "decline", ada.accessToken()).status()).isEqualTo(403);
        assertThat(act(declined, "end", bob.accessToken()).status()).isEqualTo(409);
        Response decline = act(declined, "decline", bob.accessToken());
        assertThat(decline.json().path("status").asText()).isEqualTo("declined");
        assertThat(decline.json().path("end_reason").asText()).isEqualTo("declined");
        assertThat(act(declined, "accept", bob.accessToken()).errorCode()).isEqualTo("call_ended");
        assertThat(act(declined, "accept", bob.accessToken()).status()).isEqualTo(410);
        assertThat(events.about(declined, "call.declined")).hasSize(1);

        String cancelled = placed(ada, bob);
        assertThat(act(cancelled, "cancel", bob.accessToken()).status()).isEqualTo(403);
        assertThat(act(cancelled, "cancel", ada.accessToken()).json().path("status").asText()).isEqualTo("cancelled");
        assertThat(events.about(cancelled, "call.cancelled")).hasSize(1);

        String ended = placed(ada, bob);
        act(ended, "accept", bob.accessToken());
        assertThat(act(ended, "cancel", ada.accessToken()).status()).isEqualTo(409);
        assertThat(act(ended, "decline", bob.accessToken()).status()).isEqualTo(409);
        Response end = act(ended, "end", bob.accessToken());
        assertThat(end.json().path("status").asText()).isEqualTo("ended");
        assertThat(end.json().path("duration_seconds").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(end.json().path("ended_by").asText()).isEqualTo(bob.id());
        assertThat(end.json().path("ended_at").asText()).isNotBlank();
        assertThat(act(ended, "end", ada.accessToken()).status()).isEqualTo(410);
        assertThat(events.about(ended, "call.ended")).hasSize(1);
        assertThat(liveKit.deletedRooms()).contains(end.json().path("room").asText());
    }

    @Test
    void a_finished_call_frees_both_sides_for_the_next_one() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        act(placed(ada, bob), "cancel", ada.accessToken());

        assertThat(place(bob, ada, "audio").status()).isEqualTo(201);
    }

    @Test
    void history_lists_both_sides_newest_first_with_peer_and_direction() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser cyd = Accounts.register(api);
        String first = placed(ada, bob);
        act(first, "decline", bob.accessToken());
        String second = placed(cyd, ada);
        act(second, "accept", ada.accessToken());
        act(second, "end", cyd.accessToken());
        String third = placed(ada, cyd);
        act(third, "cancel", ada.accessToken());

        Response page1 = api.get("/api/v1/calls?limit=2", ada.accessToken());
        Response page2 = api.get("/api/v1/calls?limit=2&cursor=" + page1.json().path("next_cursor").asText(),
                ada.accessToken());

        assertThat(ids(page1)).containsExactly(third, second);
        assertThat(ids(page2)).containsExactly(first);
        assertThat(page2.json().path("next_cursor").isNull()).isTrue();
        JsonNode incoming = page1.json().path("items").get(1);
        assertThat(incoming.path("direction").asText()).isEqualTo("incoming");
        assertThat(incoming.path("peer").path("id").asText()).isEqualTo(cyd.id());
        assertThat(incoming.path("peer").has("email")).isFalse();
        assertThat(incoming.path("status").asText()).isEqualTo("ended");
        assertThat(page2.json().path("items").get(0).path("direction").asText()).isEqualTo("outgoing");
        assertThat(ids(api.get("/api/v1/calls", bob.accessToken())))
                .containsExactly(first);
        assertThat(api.get("/api/v1/calls?limit=0", bob.accessToken()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/calls?cursor=garbage", bob.accessToken()).status()).isEqualTo(400);
    }

    static java.util.List<String> ids(Response page) {
        return Calls.ids(page);
    }
}
