package dev.parley.bootstrap.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.TestNodeExtension;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Profiles, profile editing, privacy settings and user search through the real server. */
class ProfilesIT {
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withDefaults();
    private static final ApiClient api = node.client();

    @Test
    void shows_the_public_view_of_a_user_without_the_email() {
        SignedInUser viewer = Accounts.register(api);
        SignedInUser target = Accounts.register(api);

        Response response = api.get("/api/v1/users/" + target.id(), viewer.accessToken());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("id").asText()).isEqualTo(target.id());
        assertThat(response.json().path("username").asText()).isEqualTo(target.username());
        assertThat(response.json().has("email")).isFalse();
        assertThat(response.json().has("privacy")).isFalse();
        assertThat(api.get("/api/v1/users/me", viewer.accessToken()).json().path("id").asText()).isEqualTo(viewer.id());
    }

    @Test
    void unknown_users_are_404_and_malformed_ids_400_and_anonymous_callers_401() {
        SignedInUser viewer = Accounts.register(api);

        assertThat(api.get("/api/v1/users/" + UUID.randomUUID(), viewer.accessToken()).errorCode()).isEqualTo("not_found");
        assertThat(api.get("/api/v1/users/not-a-uuid", viewer.accessToken()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/users/" + viewer.id(), null).status()).isEqualTo(401);
    }

    @Test
    void updates_display_name_bio_and_username_partially() {
        SignedInUser user = Accounts.register(api);
        String newName = "Renamed_" + UUID.randomUUID().toString().substring(0, 6);

        Response response = api.patch("/api/v1/users/me",
                Map.of("display_name", "  Zoë Q  ", "bio", "Hello there", "username", newName), user.accessToken());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("display_name").asText()).isEqualTo("Zoë Q");
        assertThat(response.json().path("bio").asText()).isEqualTo("Hello there");
        assertThat(response.json().path("username").asText()).isEqualTo(newName.toLowerCase());
        assertThat(response.json().path("email").asText()).isEqualTo(user.email());
        assertThat(api.get("/api/v1/users/" + user.id(), user.accessToken()).json().path("bio").asText())
                .isEqualTo("Hello there");

        Response onlyBio = api.patch("/api/v1/users/me", Map.of("bio", ""), user.accessToken());
        assertThat(onlyBio.json().path("display_name").asText()).isEqualTo("Zoë Q");
        assertThat(onlyBio.json().path("bio").isNull()).isTrue();
        assertThat(api.get("/api/v1/users/" + user.id(), user.accessToken()).json().path("display_name").asText())
                .isEqualTo("Zoë Q");
    }

    @Test
    void rejects_a_username_that_normalises_to_a_taken_one() {
        SignedInUser taken = Accounts.register(api, "chloe_" + suffix(), "c" + suffix() + "@example.com");
        SignedInUser user = Accounts.register(api);

        Response response = api.patch("/api/v1/users/me",
                Map.of("username", taken.username().replace("o", "ö").toUpperCase()), user.accessToken());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.errorCode()).isEqualTo("username_taken");
        assertThat(api.get("/api/v1/auth/me", user.accessToken()).json().path("username").asText())
                .isEqualTo(user.username());
    }

    @Test
    void reports_every_invalid_profile_field_and_changes_nothing() {
        SignedInUser user = Accounts.register(api);
        Map<String, Object> body = new HashMap<>();
        body.put("display_name", "x".repeat(65));
        body.put("bio", "b".repeat(281));
        body.put("username", "no");
        body.put("avatar_file_id", UUID.randomUUID().toString());
        body.put("privacy", Map.of("who_can_message", "friends"));

        Response response = api.patch("/api/v1/users/me", body, user.accessToken());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("validation_failed");
        assertThat(response.json().path("error").path("details").findValuesAsText("field")).containsExactlyInAnyOrder(
                "display_name", "bio", "username", "avatar_file_id", "privacy.who_can_message");
        assertThat(api.get("/api/v1/auth/me", user.accessToken()).json().path("username").asText())
                .isEqualTo(user.username());
        assertThat(api.patch("/api/v1/users/me", Map.of("display_name", "   "), user.accessToken()).status())
                .isEqualTo(400);
        assertThat(api.patch("/api/v1/users/me", "{", user.accessToken()).errorCode()).isEqualTo("malformed_json");
        assertThat(api.patch("/api/v1/users/me", Map.of("privacy", Map.of("share_read_receipts", "maybe")),
                user.accessToken()).errorCode()).isEqualTo("validation_failed");
    }

    @Test
    void privacy_defaults_show_in_auth_me_and_updates_are_partial() {
        SignedInUser user = Accounts.register(api);
        JsonNode defaults = api.get("/api/v1/auth/me", user.accessToken()).json().path("privacy");
        assertThat(defaults.path("who_can_message").asText()).isEqualTo("everyone");
        assertThat(defaults.path("who_can_call").asText()).isEqualTo("everyone");
        assertThat(defaults.path("presence_visible_to").asText()).isEqualTo("contacts");
        assertThat(defaults.path("share_read_receipts").asBoolean()).isTrue();

        Response response = People.privacy(api, user, Map.of("who_can_call", "nobody", "share_read_receipts", false));

        assertThat(response.status()).isEqualTo(200);
        JsonNode privacy = api.get("/api/v1/auth/me", user.accessToken()).json().path("privacy");
        assertThat(privacy.path("who_can_call").asText()).isEqualTo("nobody");
        assertThat(privacy.path("who_can_message").asText()).isEqualTo("everyone");
        assertThat(privacy.path("share_read_receipts").asBoolean()).isFalse();
    }

    @Test
    void search_finds_display_names_regardless_of_accents_and_case_and_usernames_by_prefix() {
        String tag = "s" + suffix();
        SignedInUser caller = Accounts.register(api);
        SignedInUser zoe = Accounts.register(api, tag + "_zq", tag + "zq@example.com");
        api.patch("/api/v1/users/me", Map.of("display_name", "Zoë " + tag), zoe.accessToken());

        assertThat(searchIds(caller, "ZOE " + tag.toUpperCase())).containsExactly(zoe.id());
        assertThat(searchIds(caller, tag + "_z")).containsExactly(zoe.id());
        assertThat(searchIds(caller, tag + "_y")).isEmpty();
        Response response = api.get("/api/v1/users?query=" + tag, caller.accessToken());
        assertThat(response.json().path("next_cursor").isNull()).isTrue();
        assertThat(response.json().path("items").get(0).has("email")).isFalse();
    }

    @Test
    void search_returns_at_most_twenty_and_requires_a_query() {
        String tag = "m" + suffix();
        SignedInUser caller = Accounts.register(api);
        for (int i = 0; i < 22; i++) {
            Accounts.register(api, tag + "_" + i, tag + i + "@example.com");
        }

        assertThat(searchIds(caller, tag)).hasSize(20);
        assertThat(api.get("/api/v1/users?query=" + tag + "&limit=100", caller.accessToken()).json().path("items").size())
                .isEqualTo(20);
        assertThat(api.get("/api/v1/users?query=" + tag + "&limit=3", caller.accessToken()).json().path("items").size())
                .isEqualTo(3);
        assertThat(api.get("/api/v1/users", caller.accessToken()).errorCode()).isEqualTo("validation_failed");
        assertThat(api.get("/api/v1/users?query=%20%20", caller.accessToken()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/users?query=" + "a".repeat(65), caller.accessToken()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/users?query=a&limit=zero", caller.accessToken()).status()).isEqualTo(400);
    }

    @Test
    void search_leaves_out_users_blocked_in_either_direction() {
        String tag = "b" + suffix();
        SignedInUser caller = Accounts.register(api, tag + "_caller", tag + "c@example.com");
        SignedInUser blockedByCaller = Accounts.register(api, tag + "_one", tag + "1@example.com");
        SignedInUser blockerOfCaller = Accounts.register(api, tag + "_two", tag + "2@example.com");
        SignedInUser visible = Accounts.register(api, tag + "_three", tag + "3@example.com");
        People.block(api, caller, blockedByCaller);
        People.block(api, blockerOfCaller, caller);

        assertThat(searchIds(caller, tag)).containsExactlyInAnyOrder(caller.id(), visible.id());
    }

    private static List<String> searchIds(SignedInUser caller, String query) {
        Response response = api.get("/api/v1/users?query=" + java.net.URLEncoder.encode(query,
                java.nio.charset.StandardCharsets.UTF_8), caller.accessToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    }
}
