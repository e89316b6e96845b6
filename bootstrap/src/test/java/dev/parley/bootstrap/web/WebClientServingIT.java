package dev.parley.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.TestNodeExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The server hands out Parley Web at / and its client routes, while the API and operations paths keep their meaning. */
class WebClientServingIT {
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withDefaults();
    private static final ApiClient api = node.client();

    @Test
    void the_root_and_every_client_route_serve_the_app_page() {
        for (String path : new String[] {"/", "/m/abc-defg-hij", "/verify-email?token=x", "/reset-password?token=y"}) {
            Response page = api.get(path, null);

            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(page.text()).as(path).contains("<title>Parley</title>").contains("/app/js/main.js");
            assertThat(page.header("Content-Security-Policy")).as(path).contains("script-src 'self'");
        }
    }

    @Test
    void the_apps_files_are_served_with_their_types_and_revalidate_by_etag() {
        Response script = api.get("/app/js/main.js", null);
        Response again = api.send("GET", "/app/js/main.js", null, null, Map.of("If-None-Match", script.header("ETag")));
        Response styles = api.get("/app/style.css", null);
        Response livekit = api.get("/app/vendor/livekit-client.umd.js", null);

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Content-Type")).startsWith("text/javascript");
        assertThat(again.status()).isEqualTo(304);
        assertThat(styles.header("Content-Type")).startsWith("text/css");
        assertThat(livekit.text()).contains("LivekitClient");
    }

    @Test
    void missing_files_and_escapes_answer_404_in_the_envelope() {
        for (String path : new String[] {"/app/nope.js", "/app/../openapi/openapi.yaml", "/app/%2e%2e/openapi/accounts.yaml",
                "/app/vendor/README.md", "/m/abc/extra"}) {
            Response response = api.get(path, null);

            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.errorCode()).as(path).isEqualTo("not_found");
        }
    }

    @Test
    void a_browser_opening_the_mailed_verification_link_is_sent_to_the_apps_page_and_other_clients_get_json() {
        Response browser = api.send("GET", "/api/v1/auth/verify-email?token=abc%2Fdef", null, null,
                Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
        Response script = api.get("/api/v1/auth/verify-email?token=made-up", null);

        assertThat(browser.status()).isEqualTo(303);
        assertThat(browser.header("Location")).isEqualTo("/verify-email?token=abc%2Fdef");
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.errorCode()).isEqualTo("validation_failed");
    }

    @Test
    void api_and_operations_paths_keep_their_meaning() {
        assertThat(api.get("/api/v1/nothing-here", null).errorCode()).isEqualTo("not_found");
        assertThat(api.get("/api/v1/auth/me", null).status()).isEqualTo(401);
        assertThat(api.get("/health", null).json().path("status").asText()).isEqualTo("ok");
        assertThat(api.get("/docs", null).text()).contains("swagger-ui");
        assertThat(api.get("/openapi.json", null).json().path("openapi").asText()).startsWith("3.");
    }
}
