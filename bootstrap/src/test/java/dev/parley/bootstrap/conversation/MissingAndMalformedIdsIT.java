package dev.parley.bootstrap.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.TestNodeExtension;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every conversation and message endpoint: 404 for an id that does not exist, 400 for one that is not a UUID, 401 without a token. */
class MissingAndMalformedIdsIT {
    private static final String MISSING = UUID.randomUUID().toString();
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/conversations/%s", null),
            new Endpoint("PATCH", "/conversations/%s", Map.of("name", "x")),
            new Endpoint("DELETE", "/conversations/%s", null),
            new Endpoint("POST", "/conversations/%s/leave", null),
            new Endpoint("GET", "/conversations/%s/participants", null),
            new Endpoint("POST", "/conversations/%s/participants", Map.of("user_ids", List.of(UUID.randomUUID().toString()))),
            new Endpoint("DELETE", "/conversations/%s/participants/" + UUID.randomUUID(), null),
            new Endpoint("PATCH", "/conversations/%s/participants/" + UUID.randomUUID(), Map.of("role", "admin")),
            new Endpoint("POST", "/conversations/%s/read", Map.of("seq", 1)),
            new Endpoint("POST", "/conversations/%s/messages", Map.of("content", "hi")),
            new Endpoint("GET", "/conversations/%s/messages", null),
            new Endpoint("GET", "/conversations/%s/messages/search?q=hi", null),
            new Endpoint("GET", "/messages/%s", null),
            new Endpoint("PATCH", "/messages/%s", Map.of("content", "hi")),
            new Endpoint("DELETE", "/messages/%s", null),
            new Endpoint("POST", "/messages/%s/restore", null),
            new Endpoint("GET", "/messages/%s/edits", null));

    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withDefaults();
    private static final ApiClient api = node.client();

    @Test
    void missing_ids_are_404_malformed_ids_are_400_and_no_token_is_401() {
        SignedInUser alice = Accounts.register(api);
        for (Endpoint endpoint : ENDPOINTS) {
            assertThat(call(endpoint, MISSING, alice.accessToken()).status()).as(endpoint + " missing").isEqualTo(404);
            Response malformed = call(endpoint, "not-a-uuid", alice.accessToken());
            assertThat(malformed.status()).as(endpoint + " malformed").isEqualTo(400);
            assertThat(malformed.errorCode()).isEqualTo("validation_failed");
            assertThat(call(endpoint, MISSING, null).status()).as(endpoint + " anonymous").isEqualTo(401);
        }
    }

    @Test
    void participant_paths_name_a_malformed_user_id() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String group = Chats.group(api, alice, "group", bob);

        assertThat(api.delete("/api/v1/conversations/" + group + "/participants/nope", alice.accessToken()).status()).isEqualTo(400);
        assertThat(api.patch("/api/v1/conversations/" + group + "/participants/nope", Map.of("role", "admin"),
                alice.accessToken()).status()).isEqualTo(400);
        assertThat(api.patch("/api/v1/conversations/" + group + "/participants/" + UUID.randomUUID(),
                Map.of("role", "admin"), alice.accessToken()).status()).isEqualTo(404);
    }

    private static Response call(Endpoint endpoint, String id, String token) {
        return api.send(endpoint.method(), "/api/v1" + endpoint.path().formatted(id), endpoint.body(), token, Map.of());
    }

    /** One endpoint with a valid body, its id left as {@code %s}. */
    private record Endpoint(String method, String path, Object body) {
    }
}
