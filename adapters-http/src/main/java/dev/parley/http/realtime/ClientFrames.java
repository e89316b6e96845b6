package dev.parley.http.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import dev.parley.http.server.Json;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads client frames: {@code ping} is answered at once; typed frames go to their {@link FrameHandler}
 * on the connection's inbound thread; malformed JSON and unknown types get an {@code error} frame and
 * the socket stays open.
 */
final class ClientFrames {
    private static final Logger LOG = LoggerFactory.getLogger(ClientFrames.class);

    private final Map<String, FrameHandler> handlers;

    ClientFrames(Set<FrameHandler> handlers) {
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(FrameHandler::type, Function.identity()));
    }

    void receive(Connection connection, String text) {
        JsonNode frame;
        try {
            frame = Json.mapper().readTree(text);
        } catch (JsonProcessingException malformed) {
            connection.send(Frames.error(null, ErrorCode.MALFORMED_JSON, "the frame is not valid JSON"));
            return;
        }
        if (frame == null || !frame.isObject()) {
            connection.send(Frames.error(null, ErrorCode.MALFORMED_JSON, "a frame is a JSON object"));
            return;
        }
        String ref = frame.path("ref").isTextual() ? frame.path("ref").asText() : null;
        JsonNode type = frame.path("type");
        if (!type.isTextual()) {
            connection.send(Frames.error(ref, ErrorCode.VALIDATION_FAILED, "a frame needs a string \"type\""));
            return;
        }
        if (type.asText().equals("ping")) {
            connection.send(Frames.PONG);
            return;
        }
        FrameHandler handler = handlers.get(type.asText());
        if (handler == null) {
            connection.send(Frames.error(ref, ErrorCode.VALIDATION_FAILED, "unknown frame type"));
            return;
        }
        connection.handleInbound(() -> run(handler, connection, frame, ref));
    }

    private static void run(FrameHandler handler, Connection connection, JsonNode frame, String ref) {
        FrameReplies replies = new FrameReplies() {
            @Override
            public void send(Object reply) {
                // Straight to UTF-8 bytes (an ack per message.send): no String to encode again on the way out.
                connection.send(Frames.wire(reply));
            }

            @Override
            public void error(String errorRef, ParleyException rejection) {
                connection.send(Frames.error(errorRef, rejection));
            }
        };
        try {
            handler.handle(connection.principal(), frame, replies);
        } catch (ParleyException rejection) {
            replies.error(ref, rejection);
        } catch (RuntimeException failure) {
            LOG.error("frame handler {} failed", handler.type(), failure);
            connection.send(Frames.error(ref, ErrorCode.INTERNAL, "an internal error occurred"));
        }
    }
}
