package dev.parley.bootstrap.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.Await;
import dev.parley.bootstrap.support.Sockets;
import dev.parley.bootstrap.support.TestNodeExtension;
import dev.parley.bootstrap.support.WsClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Contact events reach the devices, and {@code GET /contacts} shows the same presence the sockets produce. */
class PeopleEventsAndPresenceIT {
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(Map.of("PARLEY_PRESENCE_GRACE_MILLIS", "200"));
    static final ApiClient api = node.client();

    @Test
    void a_request_reaches_the_recipients_socket_and_its_acceptance_the_senders() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        try (WsClient adaSocket = Sockets.open(node, ada.accessToken());
             WsClient bobSocket = Sockets.open(node, bob.accessToken())) {

            ApiClient.Response sent = api.post("/api/v1/contact-requests",
                    Map.of("user_id", bob.id(), "message", "hi from the conference"), ada.accessToken());
            JsonNode received = Sockets.next(bobSocket, "contact.request.received").path("request");
            api.post("/api/v1/contact-requests/" + sent.json().path("id").asText() + "/accept", null, bob.accessToken());
            JsonNode accepted = Sockets.next(adaSocket, "contact.request.accepted").path("request");

            assertThat(received.path("id").asText()).isEqualTo(sent.json().path("id").asText());
            assertThat(received.path("from_user_id").asText()).isEqualTo(ada.id());
            assertThat(received.path("to_user_id").asText()).isEqualTo(bob.id());
            assertThat(received.path("status").asText()).isEqualTo("pending");
            assertThat(received.path("message").asText()).isEqualTo("hi from the conference");
            assertThat(received.path("created_at").asText()).isNotBlank();
            assertThat(accepted.path("status").asText()).isEqualTo("accepted");
        }
    }

    @Test
    void a_declined_request_and_a_removed_contact_are_told_to_both_sides() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser cyd = Accounts.register(api);
        Steps.befriend(api, ada, bob);
        try (WsClient adaSocket = Sockets.open(node, ada.accessToken());
             WsClient bobSocket = Sockets.open(node, bob.accessToken())) {
            String request = api.post("/api/v1/contact-requests", Map.of("user_id", cyd.id()), ada.accessToken())
                    .json().path("id").asText();
            api.post("/api/v1/contact-requests/" + request + "/decline", null, cyd.accessToken());
            assertThat(Sockets.next(adaSocket, "contact.request.declined").path("request").path("status").asText())
                    .isEqualTo("declined");

            api.delete("/api/v1/contacts/" + bob.id(), ada.accessToken());

            assertThat(Sockets.next(adaSocket, "contact.removed").path("user_id").asText()).isEqualTo(bob.id());
            assertThat(Sockets.next(bobSocket, "contact.removed").path("user_id").asText()).isEqualTo(ada.id());
        }
    }

    @Test
    void a_contact_with_an_open_socket_is_online_then_offline_with_last_seen_after_the_grace() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        Steps.befriend(api, ada, bob);
        assertThat(presenceOfOnlyContact(ada).path("status").asText()).isEqualTo("offline");

        try (WsClient bobSocket = Sockets.open(node, bob.accessToken())) {
            Await.until(() -> presenceOfOnlyContact(ada).path("status").asText().equals("online"), Duration.ofSeconds(5),
                    "ada sees bob online");
        }

        Await.until(() -> presenceOfOnlyContact(ada).path("status").asText().equals("offline"), Duration.ofSeconds(5),
                "ada sees bob offline");
        assertThat(presenceOfOnlyContact(ada).path("last_seen_at").asText())
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    }

    @Test
    void presence_is_null_for_a_contact_who_hides_it_even_while_online() {
        SignedInUser ada = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        Steps.befriend(api, ada, bob);
        Steps.privacy(api, bob, Map.of("presence_visible_to", "nobody"));

        try (WsClient bobSocket = Sockets.open(node, bob.accessToken())) {
            assertThat(presenceOfOnlyContact(ada).isNull()).isTrue();
            assertThat(presenceOfOnlyContact(bob).path("status").asText())
                    .as("ada hides nothing: bob sees her offline").isEqualTo("offline");
        }
    }

    private static JsonNode presenceOfOnlyContact(SignedInUser viewer) {
        ApiClient.Response contacts = api.get("/api/v1/contacts", viewer.accessToken());
        assertThat(contacts.json().path("items")).hasSize(1);
        return contacts.json().path("items").get(0).path("presence");
    }
}
