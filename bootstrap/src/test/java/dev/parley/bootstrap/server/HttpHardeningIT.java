package dev.parley.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.TestNodeExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * HTTP correctness a browser or an attacker notices (issue 12, item 5): CORS preflights, Jetty's own errors in
 * the envelope, strict JSON, forged cursors, the event stream without {@code Accept} and with a ticket, and the
 * protective headers. Raw requests: several of these answers are exactly what the document's examples are not.
 */
class HttpHardeningIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ORIGIN = "https://app.example";
    /** A short heartbeat: the node notices the test's closed event streams quickly (and can stop in time). */
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(Map.of("PARLEY_CORS_ORIGINS", ORIGIN + ",https://other.example",
            "PARLEY_SSE_HEARTBEAT_SECONDS", "1"));
    private static final ApiClient api = node.client();
    private static SignedInUser alice;
    private static SignedInUser bob;
    private static String conversation;

    @BeforeAll
    static void start() {
        alice = Accounts.register(api);
        bob = Accounts.register(api);
        conversation = api.post("/api/v1/conversations", Map.of("participant_id", bob.id()), alice.accessToken())
                .json().path("id").asText();
    }

    @Test
    void a_preflight_from_an_allowed_origin_answers_204_with_the_allow_headers() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/conversations").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type"));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(header(response, "Access-Control-Allow-Origin")).isEqualTo(ORIGIN);
        assertThat(header(response, "Access-Control-Allow-Methods")).contains("POST").contains("PATCH").contains("DELETE");
        assertThat(header(response, "Access-Control-Allow-Headers")).containsIgnoringCase("authorization")
                .containsIgnoringCase("content-type");
        assertThat(header(response, "Access-Control-Max-Age")).matches("\\d+");
    }

    @Test
    void an_unknown_origin_gets_no_cors_headers() throws Exception {
        HttpResponse<String> preflight = send(request("/api/v1/conversations").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST"));
        HttpResponse<String> simple = send(request("/health").header("Origin", "https://evil.example").GET());

        assertThat(preflight.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
        assertThat(simple.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
        assertThat(header(send(request("/health").header("Origin", ORIGIN).GET()), "Access-Control-Allow-Origin"))
                .isEqualTo(ORIGIN);
    }

    @Test
    void errors_jetty_raises_before_routing_use_the_json_envelope() throws Exception {
        HttpResponse<String> uriTooLong = send(request("/api/v1/users?query=" + "a".repeat(20_000)).GET());
        HttpResponse<String> headersTooLarge = send(request("/health").header("X-Filler", "b".repeat(20_000)).GET());

        for (HttpResponse<String> response : List.of(uriTooLong, headersTooLarge)) {
            assertThat(header(response, "Content-Type")).startsWith("application/json");
            JsonNode error = JSON.readTree(response.body()).path("error");
            assertThat(error.path("code").asText()).isNotBlank();
            assertThat(error.path("request_id").asText()).isEqualTo(header(response, "X-Request-Id"));
            assertThat(response.body()).doesNotContain("<html").doesNotContain("Jetty");
        }
        assertThat(uriTooLong.statusCode()).isEqualTo(414);
        assertThat(headersTooLarge.statusCode()).isEqualTo(431);
    }

    @Test
    void json_is_parsed_strictly_and_nothing_is_stored_from_a_refused_body() throws Exception {
        String path = "/api/v1/conversations/" + conversation + "/messages";

        assertThat(post(path, "{\"content\":\"hi\"}}")).satisfies(r -> assertError(r, 400, "malformed_json"));
        assertThat(post(path, "{\"content\":\"hi\"} {\"content\":\"again\"}")).satisfies(r -> assertError(r, 400, "malformed_json"));
        assertThat(post(path, "{\"content\":123}")).satisfies(r -> assertField(r, "content"));
        assertThat(post(path, "{\"content\":true}")).satisfies(r -> assertField(r, "content"));
        assertThat(post(path, "{\"content\":\"lone \\ud800 surrogate\"}")).satisfies(r -> assertField(r, "content"));
        byte[] invalidUtf8 = {'{', '"', 'c', 'o', 'n', 't', 'e', 'n', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThat(send(request(path).header("Authorization", "Bearer " + alice.accessToken())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(invalidUtf8))))
                .satisfies(r -> assertError(r, 400, "malformed_json"));
        assertThat(post("/api/v1/conversations/" + conversation + "/read", "{\"seq\":\"5\"}")).satisfies(r -> assertField(r, "seq"));
        assertThat(post("/api/v1/conversations/" + conversation + "/read", "{\"seq\":1.5}")).satisfies(r -> assertField(r, "seq"));

        JsonNode history = JSON.readTree(send(request(path).header("Authorization", "Bearer " + alice.accessToken()).GET()).body());
        assertThat(history.path("items")).isEmpty();
    }

    @Test
    void forged_or_out_of_range_cursors_are_400_on_every_cursor_route() throws Exception {
        String farFuture = forge("c:9223372036854775:0:" + UUID.randomUUID());
        String seqCursor = forge("b:+5");
        for (String path : List.of("/api/v1/conversations?cursor=" + farFuture,
                "/api/v1/conversations/" + conversation + "/messages?cursor=" + seqCursor,
                "/api/v1/conversations/" + conversation + "/messages?cursor=" + farFuture,
                "/api/v1/conversations/" + conversation + "/messages/search?q=hi&cursor=" + seqCursor,
                "/api/v1/contacts?cursor=" + farFuture, "/api/v1/blocks?cursor=" + farFuture,
                "/api/v1/contact-requests?direction=incoming&cursor=" + farFuture, "/api/v1/calls?cursor=" + farFuture,
                "/api/v1/sync?since=" + farFuture)) {
            HttpResponse<String> response = send(request(path).header("Authorization", "Bearer " + alice.accessToken()).GET());
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("error").path("code").asText()).as(path).isEqualTo("validation_failed");
        }
    }

    @Test
    void the_event_stream_streams_without_an_accept_header_and_takes_a_one_time_ticket() throws Exception {
        HttpResponse<Stream<String>> bearer = HTTP.send(request("/api/v1/events")
                .header("Authorization", "Bearer " + alice.accessToken()).GET().build(), HttpResponse.BodyHandlers.ofLines());
        assertStreams(bearer);

        String ticket = api.post("/api/v1/realtime/tickets", null, alice.accessToken()).json().path("ticket").asText();
        HttpResponse<Stream<String>> byTicket = HTTP.send(request("/api/v1/events?ticket=" + ticket).GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        assertStreams(byTicket);

        HttpResponse<String> reused = send(request("/api/v1/events?ticket=" + ticket).GET());
        assertThat(reused.statusCode()).isEqualTo(401);
        assertThat(header(reused, "Content-Type")).startsWith("application/json");
        assertThat(send(request("/api/v1/events").GET()).statusCode()).isEqualTo(401);
    }

    @Test
    void every_response_says_nosniff_and_responses_with_tokens_say_no_store() throws Exception {
        for (String path : List.of("/health", "/api/v1/no-such-route", "/openapi.json", "/docs")) {
            assertThat(header(send(request(path).GET()), "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
        String bundle = send(request("/docs").GET()).body().replaceAll("(?s).*src=\"([^\"]+swagger-ui-bundle.js)\".*", "$1");
        assertThat(header(send(request(bundle).GET()), "X-Content-Type-Options")).isEqualTo("nosniff");

        String email = "carol_" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        ApiClient.Response registered = api.post("/api/v1/auth/register", Map.of("email", email,
                "username", email.substring(0, 14).replace('-', '_'), "password", Accounts.PASSWORD), null);
        ApiClient.Response login = api.post("/api/v1/auth/login", Map.of("email", email, "password", Accounts.PASSWORD), null);
        ApiClient.Response refreshed = api.post("/api/v1/auth/refresh",
                Map.of("refresh_token", login.json().path("tokens").path("refresh_token").asText()), null);
        ApiClient.Response ticket = api.post("/api/v1/realtime/tickets", null, alice.accessToken());
        for (ApiClient.Response response : List.of(registered, login, refreshed, ticket)) {
            assertThat(response.status()).isBetween(200, 201);
            assertThat(response.header("Cache-Control")).contains("no-store");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void the_docs_page_cannot_be_framed_and_runs_only_this_servers_scripts() throws Exception {
        HttpResponse<String> docs = send(request("/docs").GET());

        assertThat(header(docs, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(docs, "Content-Security-Policy")).contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(docs.body()).doesNotContain("<script>");
        String init = docs.body().replaceAll("(?s).*<script src=\"(/docs/[^\"]+)\".*", "$1");
        assertThat(send(request(init).GET()).body()).contains("SwaggerUIBundle");
    }

    private static void assertStreams(HttpResponse<Stream<String>> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Iterator<String> lines = response.body().iterator();
        assertThat(lines.next()).startsWith(":");
        response.body().close();
    }

    private static void assertError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        try {
            assertThat(JSON.readTree(response.body()).path("error").path("code").asText()).isEqualTo(code);
        } catch (java.io.IOException notJson) {
            throw new AssertionError("not JSON: " + response.body());
        }
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertError(response, 400, "validation_failed");
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return send(request(path).header("Authorization", "Bearer " + alice.accessToken())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String forge(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path)).timeout(Duration.ofSeconds(10));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
