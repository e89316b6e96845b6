package dev.parley.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.TestNodeExtension;
import dev.parley.bootstrap.support.WsClient;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** The WebSocket gateway on one node: authentication, tickets, frames and their errors, revocation. */
class RealtimeGatewayIT {
    @RegisterExtension
    static final TestNodeExtension node = TestNodeExtension.withEnv(Map.of("PARLEY_WS_MAX_FRAME_BYTES", "2048", "PARLEY_WS_PING_SECONDS", "1"));
    private static final ApiClient api = node.client();

    @Test
    void answers_ping_with_pong_on_a_socket_opened_with_a_token() {
        SignedInUser user = Accounts.register(api);
        try (WsClient socket = WsClient.withToken(node, user.accessToken())) {
            socket.send("{\"type\":\"ping\"}");

            assertThat(socket.next().path("type").asText()).isEqualTo("pong");
        }
    }

    @Test
    void refuses_the_upgrade_with_401_without_a_valid_credential() {
        assertThat(upgradeStatus("")).isEqualTo(401);
        assertThat(upgradeStatus("token=not-a-token")).isEqualTo(401);
        assertThat(upgradeStatus("ticket=garbage")).isEqualTo(401);
    }

    @Test
    void refuses_the_upgrade_with_the_error_envelope_and_the_request_id() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", node.port())) {
            socket.getOutputStream().write(("""
                    GET /api/v1/ws HTTP/1.1\r
                    Host: 127.0.0.1\r
                    Upgrade: websocket\r
                    Connection: Upgrade\r
                    Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r
                    Sec-WebSocket-Version: 13\r
                    X-Request-Id: probe-42\r
                    \r
                    """).getBytes(StandardCharsets.US_ASCII));
            BufferedReader response = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = response.readLine();
            Map<String, String> headers = new java.util.HashMap<>();
            for (String line; !(line = response.readLine()).isEmpty(); ) {
                headers.put(line.substring(0, line.indexOf(':')).toLowerCase(java.util.Locale.ROOT), line.substring(line.indexOf(':') + 1).trim());
            }
            char[] body = new char[Integer.parseInt(headers.get("content-length"))];
            assertThat(response.read(body)).isEqualTo(body.length);
            JsonNode error = new ObjectMapper().readTree(new String(body)).path("error");

            assertThat(status).startsWith("HTTP/1.1 401");
            assertThat(headers).containsEntry("x-request-id", "probe-42");
            assertThat(headers.get("content-type")).startsWith("application/json");
            assertThat(error.path("code").asText()).isEqualTo("unauthorized");
            assertThat(error.path("request_id").asText()).isEqualTo("probe-42");
        }
    }

    @Test
    void answers_protocol_pings_and_pings_the_client_itself() {
        SignedInUser user = Accounts.register(api);
        try (WsClient socket = WsClient.withToken(node, user.accessToken())) {
            assertThat(socket.ping(Duration.ofSeconds(5))).isTrue();
            assertThat(socket.pingedWithin(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void ignores_binary_messages_and_stays_open() {
        SignedInUser user = Accounts.register(api);
        try (WsClient socket = WsClient.withToken(node, user.accessToken())) {
            socket.sendBinary(new byte[] {1, 2, 3});
            socket.send("{\"type\":\"ping\"}");

            assertThat(socket.next().path("type").asText()).isEqualTo("pong");
            assertThat(socket.isClosed()).isFalse();
        }
    }

    @Test
    void opens_a_socket_with_a_one_time_ticket_that_cannot_be_used_twice() {
        SignedInUser user = Accounts.register(api);
        Response issued = api.post("/api/v1/realtime/tickets", null, user.accessToken());
        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.json().path("expires_in").asInt()).isEqualTo(30);
        String ticket = issued.json().path("ticket").asText();

        try (WsClient socket = WsClient.connect(node, "ticket=" + ticket)) {
            socket.send("{\"type\":\"ping\"}");
            assertThat(socket.next().path("type").asText()).isEqualTo("pong");
        }
        assertThat(upgradeStatus("ticket=" + ticket)).isEqualTo(401);
    }

    @Test
    void tickets_require_an_access_token() {
        assertThat(api.post("/api/v1/realtime/tickets", null, null).status()).isEqualTo(401);
    }

    @Test
    void answers_malformed_json_and_unknown_types_with_error_frames_and_stays_open() {
        SignedInUser user = Accounts.register(api);
        try (WsClient socket = WsClient.withToken(node, user.accessToken())) {
            socket.send("{not json");
            JsonNode malformed = socket.next();
            assertThat(malformed.path("type").asText()).isEqualTo("error");
            assertThat(malformed.path("error").path("code").asText()).isEqualTo("malformed_json");

            socket.send("{\"type\":\"dance\",\"ref\":\"r7\"}");
            JsonNode unknown = socket.next();
            assertThat(unknown.path("type").asText()).isEqualTo("error");
            assertThat(unknown.path("ref").asText()).isEqualTo("r7");
            assertThat(unknown.path("error").path("code").asText()).isEqualTo("validation_failed");

            socket.send("[1,2]");
            assertThat(socket.next().path("error").path("code").asText()).isEqualTo("malformed_json");

            socket.send("{\"type\":\"ping\"}");
            assertThat(socket.next().path("type").asText()).isEqualTo("pong");
            assertThat(socket.isClosed()).isFalse();
        }
    }

    @Test
    void closes_with_1009_when_a_frame_is_too_large() {
        SignedInUser user = Accounts.register(api);
        try (WsClient socket = WsClient.withToken(node, user.accessToken())) {
            socket.send("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(4096) + "\"}");

            assertThat(socket.closeCode(Duration.ofSeconds(5))).isEqualTo(1009);
        }
    }

    @Test
    void logout_sends_session_revoked_then_closes_with_4001_while_other_devices_stay_open() {
        SignedInUser user = Accounts.register(api);
        String otherDevice = api.post("/api/v1/auth/login",
                Map.of("username", user.username(), "password", Accounts.PASSWORD), null)
                .json().path("tokens").path("access_token").asText();
        try (WsClient phone = WsClient.withToken(node, user.accessToken());
             WsClient laptop = WsClient.withToken(node, otherDevice)) {
            phone.send("{\"type\":\"ping\"}");
            phone.next();

            assertThat(api.post("/api/v1/auth/logout", Map.of(), user.accessToken()).status()).isBetween(200, 299);

            JsonNode revoked = phone.next(Duration.ofSeconds(2));
            assertThat(revoked.path("type").asText()).isEqualTo("session.revoked");
            assertThat(revoked.path("session_id").asText()).isNotBlank();
            assertThat(phone.closeCode(Duration.ofSeconds(2))).isEqualTo(4001);
            laptop.send("{\"type\":\"ping\"}");
            assertThat(laptop.next().path("type").asText()).isEqualTo("pong");
        }
        assertThat(upgradeStatus("token=" + user.accessToken())).isEqualTo(401);
    }

    @Test
    void never_logs_tokens_or_tickets_even_with_the_access_log_on() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger access = (Logger) LoggerFactory.getLogger("parley.access");
        Level accessLevel = access.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        access.setLevel(Level.INFO);
        SignedInUser user = Accounts.register(api);
        String ticket = null;
        try {
            ticket = api.post("/api/v1/realtime/tickets", null, user.accessToken()).json().path("ticket").asText();
            try (WsClient byToken = WsClient.withToken(node, user.accessToken());
                 WsClient byTicket = WsClient.connect(node, "ticket=" + ticket)) {
                byToken.send("{\"type\":\"ping\"}");
                byToken.next();
            }
            upgradeStatus("ticket=" + ticket);
            upgradeStatus("token=" + user.accessToken() + "x");
        } finally {
            root.detachAppender(captured);
            access.setLevel(accessLevel);
        }
        String usedTicket = ticket;
        assertThat(captured.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.contains("/api/v1/realtime/tickets"))
                .noneMatch(line -> line.contains(user.accessToken()) || line.contains(usedTicket));
    }

    private static int upgradeStatus(String query) {
        try {
            WsClient.connect(node, query).close();
            return 101;
        } catch (CompletionException refused) {
            assertThatThrownBy(() -> {
                throw refused.getCause();
            }).isInstanceOf(WebSocketHandshakeException.class);
            return ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode();
        }
    }
}
