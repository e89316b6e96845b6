package dev.parley.bootstrap.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.TestNodeExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cookie mode for browsers: the refresh token lives in an HttpOnly cookie the page's scripts never see. */
class RefreshCookieIT {
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withDefaults();
    private static final ApiClient api = node.client();

    @Test
    void signing_in_in_cookie_mode_sets_a_locked_down_cookie_and_keeps_the_token_out_of_the_body() {
        Response registered = api.post("/api/v1/auth/register", Map.of("email", "cookie1@example.com",
                "username", "cookie1", "password", "long enough", "refresh_cookie", true), null);
        Response login = api.post("/api/v1/auth/login",
                Map.of("username", "cookie1", "password", "long enough", "refresh_cookie", true), null);

        for (Response response : new Response[] {registered, login}) {
            assertThat(response.json().path("tokens").path("refresh_token").isNull()).isTrue();
            assertThat(response.json().path("tokens").path("access_token").asText()).isNotBlank();
            assertThat(refreshCookie(response)).contains("HttpOnly", "Secure", "SameSite=Strict", "Path=/api/v1/auth");
        }
    }

    @Test
    void refresh_reads_the_cookie_rotates_it_and_reuse_of_an_old_one_revokes_the_session() {
        Response registered = api.post("/api/v1/auth/register", Map.of("email", "cookie2@example.com",
                "username", "cookie2", "password", "long enough", "refresh_cookie", true), null);
        String first = cookieValue(registered);

        Response rotated = refreshWith(first);
        String second = cookieValue(rotated);
        Response reuse = refreshWith(first);
        Response afterReuse = refreshWith(second);

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.json().path("tokens").path("refresh_token").isNull()).isTrue();
        assertThat(second).isNotEqualTo(first);
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(afterReuse.status()).isEqualTo(401);
    }

    @Test
    void without_cookie_mode_nothing_changes_and_without_any_token_refresh_is_refused() {
        Response plain = api.post("/api/v1/auth/register", Map.of("email", "cookie3@example.com",
                "username", "cookie3", "password", "long enough"), null);
        Response neither = api.post("/api/v1/auth/refresh", Map.of("refresh_cookie", true), null);

        assertThat(plain.json().path("tokens").path("refresh_token").asText()).isNotBlank();
        assertThat(refreshCookie(plain)).isNull();
        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.errorCode()).isEqualTo("validation_failed");
    }

    @Test
    void logout_clears_the_cookie() {
        Response registered = api.post("/api/v1/auth/register", Map.of("email", "cookie4@example.com",
                "username", "cookie4", "password", "long enough", "refresh_cookie", true), null);
        String access = registered.json().path("tokens").path("access_token").asText();

        Response logout = api.send("POST", "/api/v1/auth/logout", null, access,
                Map.of("Cookie", "parley_refresh=" + cookieValue(registered)));

        assertThat(logout.status()).isEqualTo(204);
        assertThat(refreshCookie(logout)).startsWith("parley_refresh=;").contains("Max-Age=0");
    }

    private static Response refreshWith(String cookie) {
        return api.send("POST", "/api/v1/auth/refresh", Map.of("refresh_cookie", true), null,
                Map.of("Cookie", "parley_refresh=" + cookie));
    }

    private static String refreshCookie(Response response) {
        return response.raw().headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("parley_refresh=")).findFirst().orElse(null);
    }

    private static String cookieValue(Response response) {
        String cookie = refreshCookie(response);
        return cookie.substring("parley_refresh=".length(), cookie.indexOf(';'));
    }
}
