package dev.parley.bootstrap.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.TestNodeExtension;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Blocks through the real server, and what they stop in both directions. */
class BlocksIT {
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withDefaults();
    private static final ApiClient api = node.client();

    @Test
    void every_people_endpoint_requires_a_token() {
        String id = UUID.randomUUID().toString();
        assertThat(api.get("/api/v1/users?query=a", null).status()).isEqualTo(401);
        assertThat(api.patch("/api/v1/users/me", Map.of("bio", "x"), null).status()).isEqualTo(401);
        assertThat(api.delete("/api/v1/users/me", null).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/contact-requests", Map.of("user_id", id), null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/contact-requests", null).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/contact-requests/" + id + "/accept", null, null).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/contact-requests/" + id + "/decline", null, null).status()).isEqualTo(401);
        assertThat(api.delete("/api/v1/contact-requests/" + id, null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/contacts", null).status()).isEqualTo(401);
        assertThat(api.delete("/api/v1/contacts/" + id, null).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/blocks", Map.of("user_id", id), null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/blocks", null).status()).isEqualTo(401);
        assertThat(api.delete("/api/v1/blocks/" + id, null).status()).isEqualTo(401);
    }

    @Test
    void blocks_lists_and_unblocks() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);

        Response blocked = People.block(api, alice, bob);

        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(201);
        assertThat(blocked.json().path("user_id").asText()).isEqualTo(bob.id());
        assertThat(blocked.json().path("user").path("username").asText()).isEqualTo(bob.username());
        assertThat(blocked.json().path("created_at").asText()).endsWith("Z");
        Response list = api.get("/api/v1/blocks", alice.accessToken());
        assertThat(list.json().path("items")).hasSize(1);
        assertThat(list.json().path("items").get(0).path("user_id").asText()).isEqualTo(bob.id());
        assertThat(api.get("/api/v1/blocks", bob.accessToken()).json().path("items")).isEmpty();

        assertThat(api.delete("/api/v1/blocks/" + bob.id(), alice.accessToken()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/blocks", alice.accessToken()).json().path("items")).isEmpty();
        assertThat(api.delete("/api/v1/blocks/" + bob.id(), alice.accessToken()).status()).isEqualTo(404);
        assertThat(People.request(api, bob, alice).status()).isEqualTo(201);
    }

    @Test
    void refuses_blocking_yourself_twice_or_nobody() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        People.block(api, alice, bob);

        assertThat(People.block(api, alice, bob).errorCode()).isEqualTo("already_exists");
        assertThat(People.block(api, alice, alice).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/blocks", Map.of("user_id", UUID.randomUUID().toString()), alice.accessToken())
                .status()).isEqualTo(404);
        assertThat(api.post("/api/v1/blocks", Map.of(), alice.accessToken()).errorCode()).isEqualTo("validation_failed");
        assertThat(api.post("/api/v1/blocks", Map.of("user_id", "x"), alice.accessToken()).status()).isEqualTo(400);
        assertThat(api.delete("/api/v1/blocks/x", alice.accessToken()).status()).isEqualTo(400);
    }

    @Test
    void a_block_stops_contact_requests_in_both_directions() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        People.block(api, alice, bob);

        Response fromBlocked = People.request(api, bob, alice);
        Response fromBlocker = api.post("/api/v1/contact-requests", Map.of("username", bob.username()),
                alice.accessToken());

        assertThat(fromBlocked.status()).isEqualTo(403);
        assertThat(fromBlocked.errorCode()).isEqualTo("blocked");
        assertThat(fromBlocker.status()).isEqualTo(403);
        assertThat(fromBlocker.errorCode()).isEqualTo("blocked");
    }

    @Test
    void blocking_removes_the_contact_and_cancels_pending_requests() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        SignedInUser carol = Accounts.register(api);
        People.befriend(api, alice, bob);
        String pending = People.request(api, carol, alice).json().path("id").asText();

        People.block(api, alice, bob);
        People.block(api, alice, carol);

        assertThat(api.get("/api/v1/contacts", alice.accessToken()).json().path("items")).isEmpty();
        assertThat(api.get("/api/v1/contacts", bob.accessToken()).json().path("items")).isEmpty();
        assertThat(api.get("/api/v1/contact-requests?direction=incoming", alice.accessToken()).json().path("items"))
                .isEmpty();
        assertThat(api.post("/api/v1/contact-requests/" + pending + "/accept", null, alice.accessToken()).status())
                .isEqualTo(409);
    }

    @Test
    void unblocking_does_not_restore_the_contact() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        People.befriend(api, alice, bob);
        People.block(api, bob, alice);

        api.delete("/api/v1/blocks/" + alice.id(), bob.accessToken());

        assertThat(api.get("/api/v1/contacts", alice.accessToken()).json().path("items")).isEmpty();
    }
}
