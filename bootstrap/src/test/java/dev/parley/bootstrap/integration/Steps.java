package dev.parley.bootstrap.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import java.util.List;
import java.util.Map;

/** Steps across features taken through the public API. */
final class Steps {
    private Steps() {
    }

    /** Makes the two users contacts: one asks, the other accepts. */
    static void befriend(ApiClient api, SignedInUser a, SignedInUser b) {
        Response sent = api.post("/api/v1/contact-requests", Map.of("user_id", b.id()), a.accessToken());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        Response accepted = api.post("/api/v1/contact-requests/" + sent.json().path("id").asText() + "/accept",
                null, b.accessToken());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    }

    static Response block(ApiClient api, SignedInUser blocker, SignedInUser blocked) {
        return api.post("/api/v1/blocks", Map.of("user_id", blocked.id()), blocker.accessToken());
    }

    static void privacy(ApiClient api, SignedInUser user, Map<String, Object> settings) {
        Response response = api.patch("/api/v1/users/me", Map.of("privacy", settings), user.accessToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    /** The pair's direct conversation as {@code user} sees it (created when missing). */
    static Response direct(ApiClient api, SignedInUser user, SignedInUser peer) {
        return api.post("/api/v1/conversations", Map.of("participant_id", peer.id()), user.accessToken());
    }

    static Response send(ApiClient api, SignedInUser sender, String conversationId, String content) {
        return api.post("/api/v1/conversations/" + conversationId + "/messages", Map.of("content", content),
                sender.accessToken());
    }

    /** The conversation's messages, oldest first. */
    static List<JsonNode> messages(ApiClient api, SignedInUser reader, String conversationId) {
        Response page = api.get("/api/v1/conversations/" + conversationId + "/messages?after_seq=0", reader.accessToken());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().path("items").valueStream().toList();
    }
}
