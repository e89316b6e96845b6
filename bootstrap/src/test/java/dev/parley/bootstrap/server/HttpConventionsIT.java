package dev.parley.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.TestNodeExtension;
import dev.parley.http.operations.OpenApiDocument;
import dev.parley.http.server.ApiRoutes;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Conventions every endpoint shares: request ids, the error envelope, operations endpoints, the OpenAPI document. */
class HttpConventionsIT {
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(Map.of("PARLEY_MAX_BODY_BYTES", "4096"));
    private static final ApiClient api = node.client();

    @Test
    void every_response_has_a_request_id_and_echoes_the_clients() {
        Response generated = api.get("/health", null);
        Response echoed = api.send("GET", "/health", null, null, Map.of("X-Request-Id", "abc-123"));

        assertThat(generated.header("X-Request-Id")).isNotBlank();
        assertThat(echoed.header("X-Request-Id")).isEqualTo("abc-123");
    }

    @Test
    void unknown_routes_answer_404_in_the_envelope() {
        Response response = api.get("/api/v1/no-such-thing", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("not_found");
        assertThat(response.json().path("error").path("request_id").asText()).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void wrong_methods_answer_405_in_the_envelope() {
        Response response = api.delete("/api/v1/auth/login", null);

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.errorCode()).isEqualTo("method_not_allowed");
    }

    @Test
    void malformed_json_is_a_400_without_internals() {
        Response broken = api.post("/api/v1/auth/login", "{\"username\": ", null);
        Response notAnObject = api.post("/api/v1/auth/login", "[1,2]", null);
        Response wrongType = api.post("/api/v1/auth/login", "{\"username\": {\"a\": 1}, \"password\": \"x\"}", null);

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.errorCode()).isEqualTo("malformed_json");
        assertThat(broken.text()).doesNotContain("jackson").doesNotContain("Exception");
        assertThat(notAnObject.errorCode()).isEqualTo("malformed_json");
        assertThat(wrongType.errorCode()).isEqualTo("validation_failed");
    }

    @Test
    void bodies_over_the_limit_answer_413() {
        Response response = api.post("/api/v1/auth/login", "{\"username\": \"" + "a".repeat(10_000) + "\"}", null);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.errorCode()).isEqualTo("payload_too_large");
    }

    @Test
    void operations_endpoints_answer() {
        assertThat(api.get("/health", null).json().path("status").asText()).isEqualTo("ok");
        assertThat(api.get("/ready", null).json().path("checks").toString()).contains("postgresql");
        assertThat(api.get("/metrics", null).text()).contains("jvm_memory_used_bytes");
        assertThat(api.get("/openapi.json", null).json().path("openapi").asText()).startsWith("3.");
        assertThat(api.get("/docs", null).text()).contains("swagger-ui");
    }

    @Test
    void swagger_ui_assets_are_served_locally() {
        String page = api.get("/docs", null).text();
        String bundle = page.replaceAll("(?s).*src=\"([^\"]+swagger-ui-bundle.js)\".*", "$1");

        assertThat(api.get(bundle, null).status()).isEqualTo(200);
    }

    @Test
    void every_registered_route_is_documented_and_every_documented_route_exists() {
        Set<String> registered = new HashSet<>();
        for (ApiRoutes.Registered route : node.parley().server().registeredRoutes()) {
            registered.add(route.method() + " " + route.path());
        }
        Set<String> documented = new HashSet<>();
        JsonNode paths = OpenApiDocument.load().path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> entries = paths.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> path = entries.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            });
        }

        assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
    }
}
