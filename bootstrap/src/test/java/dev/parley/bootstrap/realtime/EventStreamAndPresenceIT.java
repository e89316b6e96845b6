package dev.parley.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.Await;
import dev.parley.bootstrap.support.SseReader;
import dev.parley.bootstrap.support.TestNodeExtension;
import dev.parley.bootstrap.support.WsClient;
import dev.parley.domain.account.UserId;
import dev.parley.domain.realtime.Presence;
import dev.parley.domain.realtime.PresenceStatus;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Server-Sent Events and single-node presence (in-process leases, no Redis). */
class EventStreamAndPresenceIT {
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(Map.of("PARLEY_SSE_HEARTBEAT_SECONDS", "1", "PARLEY_PRESENCE_GRACE_MILLIS", "300"));
    private static final ApiClient api = node.client();

    @Test
    void streams_events_with_heartbeats_and_ends_after_session_revoked() {
        SignedInUser user = Accounts.register(api);
        try (SseReader events = SseReader.open(node, user.accessToken())) {
            assertThat(events.status()).isEqualTo(200);
            assertThat(events.contentType()).startsWith("text/event-stream");
            assertThat(events.nextLine(":", Duration.ofSeconds(3))).contains("heartbeat");

            api.post("/api/v1/auth/logout", Map.of(), user.accessToken());

            JsonNode revoked = events.nextEvent(Duration.ofSeconds(2));
            assertThat(revoked.path("type").asText()).isEqualTo("session.revoked");
            assertThat(events.endsWithin(Duration.ofSeconds(2))).isTrue();
        }
    }

    @Test
    void refuses_the_stream_without_a_token() {
        assertThat(api.get("/api/v1/events", null).status()).isEqualTo(401);
    }

    @Test
    void a_user_is_online_while_a_socket_is_open_and_offline_after_the_grace() throws Exception {
        SignedInUser user = Accounts.register(api);
        UserId id = new UserId(UUID.fromString(user.id()));
        assertThat(presence(id).status()).isEqualTo(PresenceStatus.OFFLINE);

        try (WsClient phone = WsClient.withToken(node, user.accessToken());
             WsClient laptop = WsClient.withToken(node, user.accessToken())) {
            awaitStatus(id, PresenceStatus.ONLINE, Duration.ofSeconds(3));
            phone.close();
            Await.holdsThroughout(() -> presence(id).status() == PresenceStatus.ONLINE, Duration.ofSeconds(1),
                    "online while one socket is still open");

            laptop.close();
            awaitStatus(id, PresenceStatus.OFFLINE, Duration.ofSeconds(4));
            assertThat(presence(id).lastSeenAt()).isPresent();
        }
    }

    @Test
    void a_quick_reconnect_within_the_grace_does_not_go_offline() throws Exception {
        SignedInUser user = Accounts.register(api);
        UserId id = new UserId(UUID.fromString(user.id()));
        WsClient.withToken(node, user.accessToken()).close();
        try (WsClient again = WsClient.withToken(node, user.accessToken())) {
            awaitStatus(id, PresenceStatus.ONLINE, Duration.ofSeconds(3));
            Await.holdsThroughout(() -> presence(id).status() == PresenceStatus.ONLINE, Duration.ofMillis(1_500),
                    "online through the grace after a quick reconnect");
        }
    }

    static Presence presence(UserId id) {
        return node.parley().component().presence().presenceOf(id);
    }

    static void awaitStatus(UserId id, PresenceStatus wanted, Duration within) {
        Await.until(() -> presence(id).status() == wanted, within, "presence " + wanted);
    }
}
