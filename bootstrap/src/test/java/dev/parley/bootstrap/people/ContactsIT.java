package dev.parley.bootstrap.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.TestNodeExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Contacts through the real server: listing with presence, paging and removal. */
class ContactsIT {
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withDefaults();
    private static final ApiClient api = node.client();

    @Test
    void removing_a_contact_removes_it_for_both_sides() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        People.befriend(api, alice, bob);

        assertThat(api.delete("/api/v1/contacts/" + alice.id(), bob.accessToken()).status()).isEqualTo(204);

        assertThat(contactIds(alice)).isEmpty();
        assertThat(contactIds(bob)).isEmpty();
        assertThat(api.delete("/api/v1/contacts/" + alice.id(), bob.accessToken()).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/contacts/bad-id", bob.accessToken()).status()).isEqualTo(400);
    }

    @Test
    void contacts_show_profile_and_presence_only_where_the_contact_allows_it() {
        SignedInUser alice = Accounts.register(api);
        SignedInUser open = Accounts.register(api);
        SignedInUser hidden = Accounts.register(api);
        People.befriend(api, alice, open);
        People.befriend(api, alice, hidden);
        People.privacy(api, hidden, Map.of("presence_visible_to", "nobody"));

        JsonNode items = api.get("/api/v1/contacts", alice.accessToken()).json().path("items");

        assertThat(items).hasSize(2);
        for (JsonNode item : items) {
            String id = item.path("user").path("id").asText();
            assertThat(item.path("user").has("email")).isFalse();
            assertThat(item.path("since").asText()).endsWith("Z");
            if (id.equals(open.id())) {
                assertThat(item.path("user").path("username").asText()).isEqualTo(open.username());
                assertThat(item.path("presence").path("status").asText()).isEqualTo("offline");
                assertThat(item.path("presence").has("last_seen_at")).isTrue();
            } else {
                assertThat(item.path("presence").isNull()).isTrue();
            }
        }
    }

    @Test
    void lists_pages_with_a_cursor() {
        SignedInUser alice = Accounts.register(api);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            SignedInUser friend = Accounts.register(api);
            People.befriend(api, alice, friend);
            all.add(friend.id());
        }

        Response first = api.get("/api/v1/contacts?limit=2", alice.accessToken());
        Response second = api.get("/api/v1/contacts?limit=2&cursor=" + first.json().path("next_cursor").asText(),
                alice.accessToken());

        List<String> seen = new ArrayList<>(contactIds(first));
        seen.addAll(contactIds(second));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(all);
        assertThat(second.json().path("next_cursor").isNull()).isTrue();
        assertThat(api.get("/api/v1/contacts?cursor=garbage", alice.accessToken()).status()).isEqualTo(400);
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
