package dev.parley.bootstrap.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.CallEvents;
import dev.parley.bootstrap.support.Calls;
import dev.parley.bootstrap.support.FakeLiveKit;
import dev.parley.bootstrap.support.TestNodeExtension;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** LiveKit's webhooks, signed as LiveKit signs them, keep calls true; anything unsigned is refused. */
class LiveKitWebhookIT {
    static final FakeLiveKit liveKit = new FakeLiveKit();
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(liveKit.environment()).closing(liveKit);
    static final ApiClient api = node.client();
    static CallEvents events;

    @BeforeAll
    static void listen() {
        events = CallEvents.of(node);
    }

    private static Response webhook(String body, String authorization) {
        return api.send("POST", "/api/v1/livekit/webhook", body, null,
                authorization == null ? Map.of() : Map.of("Authorization", authorization));
    }

    private static Response signed(String body) {
        return webhook(body, FakeLiveKit.sign(body, FakeLiveKit.SECRET));
    }

    private record Answered(String id, String room, SignedInUser caller, SignedInUser callee) {
    }

    private static Answered answeredCall() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String id = Calls.placed(api, ada, bob);
        Response accepted = Calls.act(api, id, "accept", bob.accessToken());
        return new Answered(id, accepted.json().path("call").path("room").asText(), ada, bob);
    }

    private static String status(Answered call) {
        return api.get("/api/v1/calls/" + call.id(), call.caller().accessToken()).json().path("status").asText();
    }

    @Test
    void refuses_bad_signatures_and_tampered_bodies() {
        Answered call = answeredCall();
        String body = FakeLiveKit.event("room_finished", call.room(), null);

        Response wrongSecret = webhook(body, FakeLiveKit.sign(body, "not-the-secret-not-the-secret-xx"));
        Response tampered = webhook(body.replace("room_finished", "room_started"), FakeLiveKit.sign(body, FakeLiveKit.SECRET));
        Response unsigned = webhook(body, null);

        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(tampered.status()).isEqualTo(401);
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.errorCode()).isEqualTo("unauthorized");
        assertThat(status(call)).isEqualTo("active");
    }

    @Test
    void both_parties_leaving_ends_the_call_once_even_when_resent() {
        Answered call = answeredCall();
        signed(FakeLiveKit.event("participant_joined", call.room(), call.caller().id()));
        signed(FakeLiveKit.event("participant_joined", call.room(), call.callee().id()));
        String callerLeft = FakeLiveKit.event("participant_left", call.room(), call.caller().id());

        assertThat(signed(callerLeft).status()).isEqualTo(204);
        assertThat(status(call)).isEqualTo("active");
        String calleeLeft = FakeLiveKit.event("participant_left", call.room(), call.callee().id());
        assertThat(signed(calleeLeft).status()).isEqualTo(204);
        assertThat(signed(calleeLeft).status()).isEqualTo(204);
        assertThat(signed(callerLeft).status()).isEqualTo(204);

        Response ended = api.get("/api/v1/calls/" + call.id(), call.callee().accessToken());
        assertThat(ended.json().path("status").asText()).isEqualTo("ended");
        assertThat(ended.json().path("end_reason").asText()).isEqualTo("participants_left");
        assertThat(events.about(call.id(), "call.ended")).hasSize(1);
    }

    @Test
    void a_finished_room_ends_the_call_once() {
        Answered call = answeredCall();
        String body = FakeLiveKit.event("room_finished", call.room(), null);

        assertThat(signed(body).status()).isEqualTo(204);
        assertThat(signed(body).status()).isEqualTo(204);

        assertThat(status(call)).isEqualTo("ended");
        assertThat(events.about(call.id(), "call.ended")).hasSize(1);
        assertThat(Calls.place(api, call.callee(), call.caller(), "audio").status()).isEqualTo(201);
    }

    @Test
    void ignores_rooms_that_are_not_calls_and_calls_that_do_not_exist() {
        assertThat(signed(FakeLiveKit.event("room_finished", "meeting-abc-defg-hij", null)).status()).isEqualTo(204);
        assertThat(signed(FakeLiveKit.event("room_finished", "call-0195f0c0-0000-7000-8000-000000000001", null)).status())
                .isEqualTo(204);
        assertThat(signed(FakeLiveKit.event("track_published", "call-x", "someone")).status()).isEqualTo(204);
    }
}
