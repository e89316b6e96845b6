package dev.parley.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.TestNodeExtension;
import dev.parley.bootstrap.support.WsClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * NUL and other control characters in every text field a client sends (issue 12, item 2): a 400
 * {@code validation_failed} naming the field (an error frame over WebSocket), nothing stored, and no stack
 * trace in the log for it. Tabs and line breaks stay ordinary text where a field allows them.
 */
class ControlCharactersIT {
    private static final String NUL = "bad\u0000value";
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withDefaults();
    private static final ApiClient api = node.client();
    private static SignedInUser alice;
    private static SignedInUser bob;
    private static String direct;
    private static String group;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeAll
    static void start() {
        alice = Accounts.register(api);
        bob = Accounts.register(api);
        direct = api.post("/api/v1/conversations", Map.of("participant_id", bob.id()), alice.accessToken()).json().path("id").asText();
        group = api.post("/api/v1/conversations", Map.of("type", "group", "name", "G", "participant_ids", List.of(bob.id())),
                alice.accessToken()).json().path("id").asText();
    }

    @BeforeEach
    void captureTheLog() {
        log.start();
        root().addAppender(log);
    }

    @AfterEach
    void noStackTraceWasLoggedForBadInput() {
        root().detachAppender(log);
        assertThat(log.list).filteredOn(event -> event.getThrowableProxy() != null || event.getLevel().toInt() >= 40000)
                .as("errors and stack traces logged for bad input").isEmpty();
    }

    @Test
    void messages_refuse_control_characters_in_content_and_client_msg_id() {
        SignedInUser carol = Accounts.register(api);
        String chat = api.post("/api/v1/conversations", Map.of("participant_id", carol.id()), alice.accessToken())
                .json().path("id").asText();
        String path = "/api/v1/conversations/" + chat + "/messages";

        assertRefused(api.post(path, Map.of("content", NUL), alice.accessToken()), "content");
        assertRefused(api.post(path, Map.of("content", "ansi \u001b[31m red"), alice.accessToken()), "content");
        assertRefused(api.post(path, Map.of("content", "ok", "client_msg_id", NUL), alice.accessToken()), "client_msg_id");
        assertThat(api.get(path, alice.accessToken()).json().path("items")).isEmpty();

        Response text = api.post(path, Map.of("content", "tab\there\r\nnext line"), alice.accessToken());
        assertThat(text.status()).isEqualTo(201);
        assertThat(text.json().path("content").asText()).isEqualTo("tab\there\r\nnext line");
        String id = text.json().path("id").asText();
        assertRefused(api.patch("/api/v1/messages/" + id, Map.of("content", NUL), alice.accessToken()), "content");
    }

    @Test
    void a_message_send_frame_with_control_characters_gets_an_error_frame_naming_the_field() {
        try (WsClient socket = WsClient.withToken(node, alice.accessToken())) {
            socket.send("{\"type\":\"message.send\",\"ref\":\"n1\",\"conversation_id\":\"" + direct
                    + "\",\"content\":\"bad\\u0000value\"}");
            JsonNode error = socket.nextMatching(frame -> "n1".equals(frame.path("ref").asText()));
            socket.send("{\"type\":\"message.send\",\"ref\":\"n2\",\"conversation_id\":\"" + direct
                    + "\",\"content\":\"fine\",\"client_msg_id\":\"k\\u0007\"}");
            JsonNode clientId = socket.nextMatching(frame -> "n2".equals(frame.path("ref").asText()));

            assertThat(error.path("type").asText()).isEqualTo("error");
            assertThat(error.path("error").path("code").asText()).isEqualTo("validation_failed");
            assertThat(error.path("error").path("details").get(0).path("field").asText()).isEqualTo("content");
            assertThat(clientId.path("error").path("details").get(0).path("field").asText()).isEqualTo("client_msg_id");
            socket.send("{\"type\":\"message.send\",\"ref\":\"ok\",\"conversation_id\":\"" + direct + "\",\"content\":\"fine\"}");
            assertThat(socket.nextMatching(frame -> "ok".equals(frame.path("ref").asText())).path("type").asText())
                    .isEqualTo("ack");
        }
    }

    @Test
    void profiles_refuse_control_characters_and_line_breaks_in_one_line_fields() {
        assertRefused(api.patch("/api/v1/users/me", Map.of("display_name", NUL), alice.accessToken()), "display_name");
        assertRefused(api.patch("/api/v1/users/me", Map.of("display_name", "two\nlines"), alice.accessToken()), "display_name");
        assertRefused(api.patch("/api/v1/users/me", Map.of("bio", NUL), alice.accessToken()), "bio");
        Response multiLineBio = api.patch("/api/v1/users/me", Map.of("bio", "line one\nline two"), alice.accessToken());

        assertThat(multiLineBio.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", alice.accessToken()).json().path("display_name").asText()).doesNotContain("\u0000");
    }

    @Test
    void conversations_refuse_control_characters_in_name_and_topic() {
        assertRefused(api.post("/api/v1/conversations", Map.of("type", "group", "name", NUL,
                "participant_ids", List.of(bob.id())), alice.accessToken()), "name");
        assertRefused(api.patch("/api/v1/conversations/" + group, Map.of("name", NUL), alice.accessToken()), "name");
        assertRefused(api.patch("/api/v1/conversations/" + group, Map.of("topic", NUL), alice.accessToken()), "topic");

        assertThat(api.get("/api/v1/conversations/" + group, alice.accessToken()).json().path("name").asText()).isEqualTo("G");
    }

    @Test
    void contact_requests_and_searches_refuse_control_characters() {
        SignedInUser carol = Accounts.register(api);

        assertRefused(api.post("/api/v1/contact-requests", Map.of("user_id", carol.id(), "message", NUL),
                alice.accessToken()), "message");
        assertRefused(api.get("/api/v1/users?query=bad%00value", alice.accessToken()), "query");
        assertRefused(api.get("/api/v1/conversations/" + direct + "/messages/search?q=bad%00value", alice.accessToken()), "q");
        assertThat(api.get("/api/v1/contact-requests?direction=incoming", carol.accessToken()).json().path("items")).isEmpty();
    }

    @Test
    void unauthenticated_account_endpoints_refuse_control_characters_in_email() {
        assertRefused(api.post("/api/v1/auth/register", Map.of("email", "a\u0000b@example.com", "username", "nul_user",
                "password", Accounts.PASSWORD), null), "email");
        assertRefused(api.post("/api/v1/auth/register", Map.of("email", "nul_user@example.com", "username", "nul_user",
                "password", Accounts.PASSWORD, "display_name", NUL), null), "display_name");
        assertRefused(api.post("/api/v1/auth/login", Map.of("email", "a\u0000b@example.com", "password", "x"), null), "email");
        assertRefused(api.post("/api/v1/auth/password/forgot", Map.of("email", "a\u0000b@example.com"), null), "email");
    }

    private static void assertRefused(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("validation_failed");
        assertThat(response.json().path("error").path("details").findValuesAsText("field")).contains(field);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
