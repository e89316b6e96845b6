package dev.parley.bootstrap.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.TestNodeExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Contact requests through the real server: every transition and every refusal. */
class ContactRequestsIT {
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withDefaults();
    private static final ApiClient api = node.client();

    @Test
    void sends_a_request_by_username_with_a_message_and_both_sides_list_it() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);

        Response sent = api.post("/api/v1/contact-requests",
                Map.of("username", bob.username().toUpperCase(), "message", " Hi Bob! "), alice.accessToken());

        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.json().path("from_user_id").asText()).isEqualTo(alice.id());
        assertThat(sent.json().path("to_user_id").asText()).isEqualTo(bob.id());
        assertThat(sent.json().path("status").asText()).isEqualTo("pending");
        assertThat(sent.json().path("message").asText()).isEqualTo("Hi Bob!");
        assertThat(sent.json().path("created_at").asText()).endsWith("Z");
        Response incoming = api.get("/api/v1/contact-requests?direction=incoming", bob.accessToken());
        assertThat(ids(incoming)).containsExactly(sent.json().path("id").asText());
        assertThat(incoming.json().path("items").get(0).path("from_user").path("username").asText())
                .isEqualTo(alice.username());
        assertThat(incoming.json().path("items").get(0).path("to_user").path("id").asText()).isEqualTo(bob.id());
        assertThat(incoming.json().path("items").get(0).path("from_user").has("email")).isFalse();
        assertThat(sent.json().has("from_user")).isFalse();
        assertThat(ids(api.get("/api/v1/contact-requests?direction=outgoing", alice.accessToken())))
                .containsExactly(sent.json().path("id").asText());
        assertThat(ids(api.get("/api/v1/contact-requests?direction=incoming", alice.accessToken()))).isEmpty();
        assertThat(api.get("/api/v1/contact-requests?direction=sideways", alice.accessToken()).status()).isEqualTo(400);
    }

    @Test
    void accepting_makes_both_users_contacts_of_each_other() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String id = People.request(api, alice, bob).json().path("id").asText();

        Response accepted = api.post("/api/v1/contact-requests/" + id + "/accept", null, bob.accessToken());

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().path("status").asText()).isEqualTo("accepted");
        assertThat(contactIds(alice)).containsExactly(bob.id());
        assertThat(contactIds(bob)).containsExactly(alice.id());
        assertThat(ids(api.get("/api/v1/contact-requests?direction=incoming", bob.accessToken()))).isEmpty();
    }

    @Test
    void refuses_duplicates_self_requests_existing_contacts_and_unknown_users() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser carol = Accounts.register(api);
        People.request(api, alice, bob);
        People.befriend(api, alice, carol);

        Response duplicate = People.request(api, alice, bob);
        Response toSelf = People.request(api, alice, alice);
        Response toContact = People.request(api, alice, carol);
        Response unknown = api.post("/api/v1/contact-requests", Map.of("user_id", UUID.randomUUID().toString()),
                alice.accessToken());
        Response unknownName = api.post("/api/v1/contact-requests", Map.of("username", "x"), alice.accessToken());
        Response neither = api.post("/api/v1/contact-requests", Map.of("message", "hi"), alice.accessToken());
        Response both = api.post("/api/v1/contact-requests", Map.of("user_id", bob.id(), "username", bob.username()),
                alice.accessToken());
        Response longMessage = api.post("/api/v1/contact-requests",
                Map.of("user_id", carol.id(), "message", "m".repeat(501)), bob.accessToken());

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.errorCode()).isEqualTo("already_exists");
        assertThat(toSelf.status()).isEqualTo(400);
        assertThat(toContact.status()).isEqualTo(409);
        assertThat(toContact.errorCode()).isEqualTo("conflict");
        assertThat(unknown.errorCode()).isEqualTo("not_found");
        assertThat(unknownName.errorCode()).isEqualTo("not_found");
        assertThat(neither.status()).isEqualTo(400);
        assertThat(both.status()).isEqualTo(400);
        assertThat(longMessage.status()).isEqualTo(400);
        assertThat(ids(api.get("/api/v1/contact-requests?direction=outgoing", alice.accessToken()))).hasSize(1);
    }

    @Test
    void a_request_to_someone_who_already_asked_you_makes_you_contacts_at_once() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        People.request(api, alice, bob);

        Response mutual = People.request(api, bob, alice);

        assertThat(mutual.status()).isEqualTo(200);
        assertThat(mutual.json().path("status").asText()).isEqualTo("accepted");
        assertThat(mutual.json().size()).isEqualTo(1);
        assertThat(contactIds(alice)).containsExactly(bob.id());
        assertThat(contactIds(bob)).containsExactly(alice.id());
    }

    @Test
    void only_the_recipient_answers_and_only_the_sender_cancels() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser outsider = Accounts.register(api);
        String id = People.request(api, alice, bob).json().path("id").asText();
        String path = "/api/v1/contact-requests/" + id;

        assertThat(api.post(path + "/accept", null, alice.accessToken()).status()).isEqualTo(403);
        assertThat(api.post(path + "/decline", null, alice.accessToken()).errorCode()).isEqualTo("forbidden");
        assertThat(api.post(path + "/accept", null, outsider.accessToken()).status()).isEqualTo(404);
        assertThat(api.delete(path, bob.accessToken()).status()).isEqualTo(403);
        assertThat(api.delete(path, outsider.accessToken()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/contact-requests/" + UUID.randomUUID() + "/accept", null, bob.accessToken())
                .status()).isEqualTo(404);
        assertThat(api.post("/api/v1/contact-requests/nope/accept", null, bob.accessToken()).status()).isEqualTo(400);

        assertThat(api.delete(path, alice.accessToken()).status()).isEqualTo(204);
        Response late = api.post(path + "/accept", null, bob.accessToken());
        assertThat(late.status()).isEqualTo(409);
        assertThat(contactIds(bob)).isEmpty();
        assertThat(People.request(api, alice, bob).status()).isEqualTo(201);
    }

    @Test
    void declining_leaves_no_contact_and_allows_asking_again() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String id = People.request(api, alice, bob).json().path("id").asText();

        Response declined = api.post("/api/v1/contact-requests/" + id + "/decline", null, bob.accessToken());

        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json().path("status").asText()).isEqualTo("declined");
        assertThat(api.post("/api/v1/contact-requests/" + id + "/accept", null, bob.accessToken()).status()).isEqualTo(409);
        assertThat(contactIds(alice)).isEmpty();
        assertThat(People.request(api, alice, bob).status()).isEqualTo(201);
    }

    @Test
    void caps_pending_outgoing_requests_at_one_hundred() {
        SignedInUser sender = Accounts.register(api);
        for (int i = 0; i < 100; i++) {
            Response sent = People.request(api, sender, Accounts.register(api));
            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        }

        Response over = People.request(api, sender, Accounts.register(api));

        assertThat(over.status()).isEqualTo(429);
        assertThat(over.errorCode()).isEqualTo("rate_limited");
        assertThat(over.header("Retry-After")).isEqualTo("60");
    }

    private static List<String> contactIds(SignedInUser user) {
        return contactIds(api.get("/api/v1/contacts", user.accessToken()));
    }

    private static List<String> contactIds(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().path("items").forEach(item -> ids.add(item.path("user").path("id").asText()));
        return ids;
    }

    private static List<String> ids(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
