package dev.parley.bootstrap.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import java.util.Map;

/** Steps shared by the people end-to-end tests, taken through the public API. */
final class People {
    private People() {
    }

    static Response request(ApiClient api, SignedInUser from, SignedInUser to) {
        return api.post("/api/v1/contact-requests", Map.of("user_id", to.id()), from.accessToken());
    }

    /** Makes the two users contacts: one asks, the other accepts. */
    static void befriend(ApiClient api, SignedInUser a, SignedInUser b) {
        Response sent = request(api, a, b);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        Response accepted = api.post("/api/v1/contact-requests/" + sent.json().path("id").asText() + "/accept",
                null, b.accessToken());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    }

    static Response block(ApiClient api, SignedInUser blocker, SignedInUser blocked) {
        return api.post("/api/v1/blocks", Map.of("user_id", blocked.id()), blocker.accessToken());
    }

    static Response privacy(ApiClient api, SignedInUser user, Map<String, Object> settings) {
        return api.patch("/api/v1/users/me", Map.of("privacy", settings), user.accessToken());
    }
}
