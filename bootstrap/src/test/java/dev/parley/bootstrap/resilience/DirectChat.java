package dev.parley.bootstrap.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import java.util.Map;

/** Two users and their direct conversation: the sender under load and the reader who checks the history. */
record DirectChat(SignedInUser sender, SignedInUser reader, String id) {

    static DirectChat open(ApiClient api) {
        SignedInUser sender = Accounts.register(api);
        SignedInUser reader = Accounts.register(api);
        ApiClient.Response created = api.post("/api/v1/conversations", Map.of("participant_id", reader.id()),
                sender.accessToken());
        assertThat(created.status()).as("%s", created).isIn(200, 201);
        return new DirectChat(sender, reader, created.json().path("id").asText());
    }
}
