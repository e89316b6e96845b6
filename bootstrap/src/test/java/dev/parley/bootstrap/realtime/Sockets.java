package dev.parley.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.WsClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Helpers for the messaging-over-sockets tests: frames, conversations, and "everything up to now" barriers. */
final class Sockets {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Sockets() {
    }

    static String frame(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static void sendMessage(WsClient socket, String ref, String conversationId, String content) {
        socket.send(frame(Map.of("type", "message.send", "ref", ref, "conversation_id", conversationId,
                "content", content)));
    }

    /** The frames that arrived before the answer to a fresh ping (pongs are queued behind earlier events). */
    static List<JsonNode> drain(WsClient socket) {
        socket.send("{\"type\":\"ping\"}");
        List<JsonNode> frames = new ArrayList<>();
        while (true) {
            JsonNode frame = socket.next(Duration.ofSeconds(5));
            if (frame.path("type").asText().equals("pong")) {
                return frames;
            }
            frames.add(frame);
        }
    }

    static List<JsonNode> ofType(List<JsonNode> frames, String type) {
        return frames.stream().filter(frame -> frame.path("type").asText().equals(type)).toList();
    }

    static String direct(ApiClient api, SignedInUser from, SignedInUser to) {
        var response = api.post("/api/v1/conversations", Map.of("participant_id", to.id()), from.accessToken());
        assertThat(response.status()).isIn(200, 201);
        return response.json().path("id").asText();
    }

    static String group(ApiClient api, SignedInUser owner, SignedInUser... members) {
        var response = api.post("/api/v1/conversations", Map.of("type", "group", "name", "Team",
                "participant_ids", java.util.Arrays.stream(members).map(SignedInUser::id).toList()), owner.accessToken());
        assertThat(response.status()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    /** Opens a socket and waits until it is registered (a pong proves the connection is live). */
    static WsClient open(dev.parley.bootstrap.support.RunningNode node, SignedInUser user) {
        WsClient socket = WsClient.withToken(node, user.accessToken());
        drain(socket);
        return socket;
    }
}
