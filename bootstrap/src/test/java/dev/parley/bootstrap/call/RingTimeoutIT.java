package dev.parley.bootstrap.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.Await;
import dev.parley.bootstrap.support.CallEvents;
import dev.parley.bootstrap.support.Calls;
import dev.parley.bootstrap.support.FakeLiveKit;
import dev.parley.bootstrap.support.TestNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Unanswered calls become missed on time, exactly once across nodes, and across a restart. */
class RingTimeoutIT {
    static FakeLiveKit liveKit;

    @BeforeAll
    static void start() {
        liveKit = new FakeLiveKit();
    }

    @AfterAll
    static void stop() {
        liveKit.close();
    }

    private static Map<String, String> ringing(int seconds) {
        Map<String, String> env = new HashMap<>(liveKit.environment());
        env.put("PARLEY_CALL_RING_TIMEOUT_SECONDS", String.valueOf(seconds));
        return env;
    }

    private static void awaitStatus(ApiClient api, String callId, String token, String wanted, Duration within) {
        Await.until(() -> wanted.equals(api.get("/api/v1/calls/" + callId, token).json().path("status").asText()), within,
                "call " + callId + " is " + wanted);
    }

    @Test
    void an_unanswered_call_is_missed_once_across_two_nodes_and_cannot_be_answered_afterwards() {
        try (TestNode node = TestNode.start(ringing(1)); TestNode other = node.sibling(Map.of())) {
            ApiClient api = node.client();
            CallEvents here = CallEvents.of(node);
            CallEvents there = CallEvents.of(other);
            List<String> calls = new ArrayList<>();
            List<SignedInUser> callees = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                SignedInUser caller = Accounts.register(api);
                SignedInUser callee = Accounts.register(api);
                calls.add(Calls.place(api, caller, callee, "video").json().path("id").asText());
                callees.add(callee);
            }

            for (int i = 0; i < calls.size(); i++) {
                awaitStatus(api, calls.get(i), callees.get(i).accessToken(), "missed", Duration.ofSeconds(8));
            }
            for (String callId : calls) {
                Await.until(() -> missedEvents(here, there, callId) > 0, "call.missed published for " + callId);
            }
            // the other node's timer fires about the same time; it must find the call already missed
            Await.holdsThroughout(() -> calls.stream().allMatch(callId -> missedEvents(here, there, callId) <= 1),
                    Duration.ofMillis(600), "no call is missed twice");

            for (String callId : calls) {
                assertThat(here.about(callId, "call.missed").size() + there.about(callId, "call.missed").size())
                        .as("missed events for " + callId).isEqualTo(1);
            }
            Response late = accept(api, calls.getFirst(), callees.getFirst());
            assertThat(late.status()).isEqualTo(410);
            assertThat(late.errorCode()).isEqualTo("call_ended");
            Response history = api.get("/api/v1/calls", callees.getFirst().accessToken());
            assertThat(history.json().path("items").get(0).path("end_reason").asText()).isEqualTo("no_answer");
        }
    }

    @Test
    void a_call_ringing_when_the_server_restarts_is_still_missed_on_time() {
        TestNode first = TestNode.start(ringing(3));
        SignedInUser caller;
        SignedInUser callee;
        Response placed;
        try (first) {
            caller = Accounts.register(first.client());
            callee = Accounts.register(first.client());
            placed = Calls.place(first.client(), caller, callee, "audio");
        }
        Instant deadline = Instant.parse(placed.json().path("ring_deadline").asText());

        try (TestNode restarted = first.sibling(Map.of())) {
            // on a loaded machine the new node may come up after the deadline: then "on time" means right away
            Instant due = Instant.now().isAfter(deadline) ? Instant.now() : deadline;
            awaitStatus(restarted.client(), placed.json().path("id").asText(), callee.accessToken(), "missed",
                    Duration.between(Instant.now(), due).plusSeconds(5));

            Response call = restarted.client().get("/api/v1/calls/" + placed.json().path("id").asText(),
                    caller.accessToken());
            Instant endedAt = Instant.parse(call.json().path("ended_at").asText());
            assertThat(endedAt).isBetween(deadline, due.plusSeconds(2));
        }
    }

    private static int missedEvents(CallEvents here, CallEvents there, String callId) {
        return here.about(callId, "call.missed").size() + there.about(callId, "call.missed").size();
    }

    private static Response accept(ApiClient api, String callId, SignedInUser callee) {
        return api.post("/api/v1/calls/" + callId + "/accept", null, callee.accessToken());
    }
}
