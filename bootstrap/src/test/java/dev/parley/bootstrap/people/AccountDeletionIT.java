package dev.parley.bootstrap.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.TestNodeExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Account deletion through the real server: sessions end, relations go, the profile is anonymised. */
class AccountDeletionIT {
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withDefaults();
    private static final ApiClient api = node.client();

    @Test
    void deleting_revokes_every_session_and_the_account_can_no_longer_sign_in() {
        SignedInUser user = Accounts.register(api);
        Response second = api.post("/api/v1/auth/login",
                Map.of("username", user.username(), "password", Accounts.PASSWORD), null);
        String secondToken = second.json().path("tokens").path("access_token").asText();

        assertThat(api.delete("/api/v1/users/me", user.accessToken()).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/auth/me", user.accessToken()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", secondToken).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh", Map.of("refresh_token", user.refreshToken()), null).status())
                .isEqualTo(401);
        assertThat(api.post("/api/v1/auth/login", Map.of("email", user.email(), "password", Accounts.PASSWORD), null)
                .status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/login", Map.of("username", user.username(), "password", Accounts.PASSWORD),
                null).status()).isEqualTo(401);
    }

    @Test
    void the_profile_is_gone_the_email_and_username_are_free_again() {
        SignedInUser user = Accounts.register(api);
        SignedInUser viewer = Accounts.register(api);

        api.delete("/api/v1/users/me", user.accessToken());

        assertThat(api.get("/api/v1/users/" + user.id(), viewer.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/users?query=" + user.username(), viewer.accessToken()).json().path("items")).isEmpty();
        assertThat(api.get("/api/v1/users?query=deleted", viewer.accessToken()).json().path("items")).isEmpty();
        Response again = api.post("/api/v1/auth/register",
                Map.of("email", user.email(), "username", user.username(), "password", Accounts.PASSWORD), null);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json().path("user").path("id").asText()).isNotEqualTo(user.id());
    }

    @Test
    void contacts_requests_and_blocks_of_the_deleted_user_disappear() {
        SignedInUser leaving = Accounts.register(api);
        SignedInUser friend = Accounts.register(api);
        SignedInUser asked = Accounts.register(api);
        SignedInUser blocker = Accounts.register(api);
        People.befriend(api, leaving, friend);
        People.request(api, leaving, asked);
        People.block(api, blocker, leaving);

        api.delete("/api/v1/users/me", leaving.accessToken());

        assertThat(api.get("/api/v1/contacts", friend.accessToken()).json().path("items")).isEmpty();
        assertThat(api.get("/api/v1/contact-requests?direction=incoming", asked.accessToken()).json().path("items"))
                .isEmpty();
        assertThat(api.get("/api/v1/blocks", blocker.accessToken()).json().path("items")).isEmpty();
        assertThat(People.request(api, friend, leaving).status()).isEqualTo(404);
        assertThat(People.block(api, friend, leaving).status()).isEqualTo(404);
    }

    @Test
    void reserved_names_of_deleted_accounts_cannot_be_chosen() {
        SignedInUser user = Accounts.register(api);

        Response rename = api.patch("/api/v1/users/me", Map.of("username", "deleted-0123456789ab"), user.accessToken());
        Response register = api.post("/api/v1/auth/register",
                Map.of("email", "reserved@example.com", "username", "deleted-0123456789ab", "password",
                        Accounts.PASSWORD), null);

        assertThat(rename.status()).isEqualTo(400);
        assertThat(register.status()).isEqualTo(400);
    }
}
