package dev.parley.bootstrap.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.Calls;
import dev.parley.bootstrap.support.FakeLiveKit;
import dev.parley.bootstrap.support.RedisSupport;
import dev.parley.bootstrap.support.RunningNode;
import dev.parley.bootstrap.support.Sockets;
import dev.parley.bootstrap.support.TestNodeExtension;
import dev.parley.bootstrap.support.WsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Call events cross nodes through Redis, and the device that answered is left out on whichever node it is. */
class CallEventsAcrossNodesIT {
    static final FakeLiveKit liveKit = new FakeLiveKit();
    @RegisterExtension
    static final TestNodeExtension nodeA = TestNodeExtension.withEnv(liveKit.environment())
            .and(() -> Map.of("PARLEY_REDIS_URL", RedisSupport.urlOrSkip())).closing(liveKit);
    static final RunningNode nodeB = nodeA.sibling(Map.of());

    @Test
    void answering_on_node_a_stops_the_laptop_on_node_b_and_tells_the_caller_there_but_not_the_answering_phone() {
        ApiClient apiA = nodeA.client();
        SignedInUser ada = Accounts.register(apiA);
        SignedInUser bob = Accounts.register(apiA);
        SignedInUser bobLaptop = Accounts.anotherDevice(apiA, bob);
        try (WsClient adaOnB = Sockets.open(nodeB, ada.accessToken());
             WsClient phoneOnA = Sockets.open(nodeA, bob.accessToken());
             WsClient laptopOnB = Sockets.open(nodeB, bobLaptop.accessToken())) {
            String callId = Calls.placed(nodeB.client(), ada, bob);
            Sockets.next(phoneOnA, "call.incoming");
            Sockets.next(laptopOnB, "call.incoming");

            assertThat(Calls.act(apiA, callId, "accept", bob.accessToken()).status()).isEqualTo(200);

            assertThat(Sockets.next(adaOnB, "call.accepted").path("call").path("id").asText()).isEqualTo(callId);
            assertThat(Sockets.next(laptopOnB, "call.answered_elsewhere").path("call").path("status").asText())
                    .isEqualTo("active");
            // Redis keeps the channel's order: everything published before call.ended reaches node A before it.
            Calls.act(nodeB.client(), callId, "end", ada.accessToken());
            List<String> phoneSaw = new ArrayList<>();
            while (phoneSaw.isEmpty() || !phoneSaw.getLast().equals("call.ended")) {
                phoneSaw.add(phoneOnA.next().path("type").asText());
            }
            assertThat(phoneSaw).doesNotContain("call.answered_elsewhere");
        }
    }
}
