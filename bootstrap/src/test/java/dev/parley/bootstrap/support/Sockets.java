package dev.parley.bootstrap.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** WebSocket steps for end-to-end tests of event delivery: a socket that is surely registered, and "nothing else came". */
public final class Sockets {
    private Sockets() {
    }

    /** Opens a socket with {@code token} and returns once the server answered a ping (so it is registered for events). */
    public static WsClient open(RunningNode node, String token) {
        WsClient socket = WsClient.withToken(node, token);
        framesUntilPong(socket);
        return socket;
    }

    /**
     * Every frame the socket received before the answer to a ping sent now. The server writes a socket's
     * frames in order, so an event already dispatched to it shows up here or never.
     */
    public static List<JsonNode> framesUntilPong(WsClient socket) {
        socket.send("{\"type\":\"ping\"}");
        List<JsonNode> before = new ArrayList<>();
        while (true) {
            JsonNode frame = socket.next();
            if (frame.path("type").asText().equals("pong")) {
                return before;
            }
            before.add(frame);
        }
    }

    /** The next frame of {@code type}, skipping others (presence and the like), waiting up to 5 s. */
    public static JsonNode next(WsClient socket, String type) {
        return socket.nextMatching(frame -> frame.path("type").asText().equals(type));
    }

    /** The types of {@code frames}, in order. */
    public static List<String> types(List<JsonNode> frames) {
        return frames.stream().map(frame -> frame.path("type").asText()).toList();
    }
}
