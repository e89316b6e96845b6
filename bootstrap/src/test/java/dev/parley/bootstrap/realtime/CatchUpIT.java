package dev.parley.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.TestNodeExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A client that was offline catches up exactly with {@code GET /sync} plus {@code after_seq}. */
class CatchUpIT {
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(Map.of("PARLEY_SEND_RATE_LIMIT", "1000"));
    private static final ApiClient api = node.client();

    @Test
    void an_offline_client_gets_exactly_the_missed_messages_and_the_moved_read_cursor() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser carol = Accounts.register(api);
        String withAlice = Sockets.direct(api, alice, bob);
        String team = Sockets.group(api, alice, bob, carol);
        String withCarol = Sockets.direct(api, carol, bob);
        String quiet = Sockets.direct(api, bob, Accounts.register(api));
        send(alice, withAlice, 2);
        send(carol, team, 2);
        // What bob's client knows when it goes offline: a token and each conversation's last seq.
        String token = sync(bob, null).path("next_since").asText();
        Map<String, Long> known = new HashMap<>();
        for (String id : List.of(withAlice, team, withCarol, quiet)) {
            known.put(id, api.get("/api/v1/conversations/" + id, bob.accessToken()).json().path("last_seq").asLong());
        }

        List<String> missed = new ArrayList<>();
        missed.addAll(send(alice, withAlice, 40));
        missed.addAll(send(alice, team, 15));
        missed.addAll(send(carol, team, 15));
        missed.addAll(send(carol, withCarol, 30));
        // Bob's other device read part of the direct conversation meanwhile.
        api.post("/api/v1/conversations/" + withAlice + "/read", Map.of("seq", 20), bob.accessToken());

        JsonNode changes = sync(bob, token);
        assertThat(changes.path("reset").asBoolean()).isFalse();
        Map<String, JsonNode> byId = new HashMap<>();
        changes.path("conversations").forEach(change -> byId.put(change.path("id").asText(), change));
        assertThat(byId).containsKeys(withAlice, team, withCarol);
        // The quiet conversation changed only within the token's overlap, if at all: nothing to fetch there.
        if (byId.containsKey(quiet)) {
            assertThat(byId.get(quiet).path("last_seq").asLong()).isEqualTo(known.get(quiet));
        }
        assertThat(byId.get(withAlice).path("last_read_seq").asLong()).isEqualTo(20);
        assertThat(byId.get(withAlice).path("membership").asText()).isEqualTo("member");

        List<String> fetched = new ArrayList<>();
        for (JsonNode change : byId.values()) {
            String id = change.path("id").asText();
            fetched.addAll(after(bob, id, known.get(id), change.path("last_seq").asLong()));
        }
        assertThat(fetched).hasSize(100).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(missed);

        // Continuing from the new token later: nothing new beyond the overlap, and no message is fetched twice.
        assertThat(sync(bob, changes.path("next_since").asText()).path("reset").asBoolean()).isFalse();
    }

    @Test
    void a_token_too_old_asks_for_a_reload_and_a_malformed_one_is_400() {
        SignedInUser bob = Accounts.register(api);
        String old = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("s1:" + Instant.now().minus(Duration.ofDays(31)).toEpochMilli()).getBytes(StandardCharsets.UTF_8));
        JsonNode reset = sync(bob, old);
        assertThat(reset.path("reset").asBoolean()).isTrue();
        assertThat(reset.path("conversations").size()).isZero();
        assertThat(reset.path("next_since").asText()).isNotBlank();

        var malformed = api.get("/api/v1/sync?since=not-a-token", bob.accessToken());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorCode()).isEqualTo("validation_failed");
        assertThat(api.get("/api/v1/sync", null).status()).isEqualTo(401);
    }

    private static JsonNode sync(SignedInUser user, String since) {
        var response = api.get("/api/v1/sync" + (since == null ? "" : "?since=" + since), user.accessToken());
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static List<String> send(SignedInUser from, String conversationId, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var sent = api.post("/api/v1/conversations/" + conversationId + "/messages", Map.of("content", "m" + i),
                    from.accessToken());
            assertThat(sent.status()).isEqualTo(201);
            ids.add(sent.json().path("id").asText());
        }
        return ids;
    }

    /** The messages after {@code seq}, following pages until {@code lastSeq}. */
    private static List<String> after(SignedInUser user, String conversationId, long seq, long lastSeq) {
        List<String> ids = new ArrayList<>();
        long from = seq;
        while (from < lastSeq) {
            JsonNode page = api.get("/api/v1/conversations/" + conversationId + "/messages?limit=25&after_seq=" + from,
                    user.accessToken()).json();
            for (JsonNode message : page.path("items")) {
                ids.add(message.path("id").asText());
                from = message.path("seq").asLong();
            }
        }
        return ids;
    }
}
