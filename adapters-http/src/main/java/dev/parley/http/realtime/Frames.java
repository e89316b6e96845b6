package dev.parley.http.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parley.domain.realtime.WireFrame;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import dev.parley.http.server.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the server's own frames ({@code pong}, {@code error}) and serialises frame records. */
public final class Frames {
    static final String PONG = "{\"type\":\"pong\"}";

    private Frames() {
    }

    /** Serialises a frame record (snake_case, timestamps with milliseconds). */
    public static String json(Object frame) {
        try {
            return Json.mapper().writeValueAsString(frame);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a frame could not be serialised", impossible);
        }
    }

    /** Serialises a frame record straight to the UTF-8 bytes every socket will share. */
    public static WireFrame wire(Object frame) {
        try {
            return WireFrame.ofUtf8(Json.mapper().writeValueAsBytes(frame));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a frame could not be serialised", impossible);
        }
    }

    /** {@code {"type":"error","ref":…,"error":{code,message}}}; {@code ref} is omitted when the frame had none. */
    public static String error(String ref, ErrorCode code, String message) {
        return error(ref, new ParleyException(code, message));
    }

    /**
     * The error frame of a rejection; {@code rate_limited} carries {@code retry_after_ms}, {@code validation_failed}
     * its {@code details}.
     */
    public static String error(String ref, ParleyException rejection) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", "error");
        if (ref != null) {
            frame.put("ref", ref);
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", rejection.code().wire());
        error.put("message", rejection.getMessage());
        rejection.retryAfter().ifPresent(wait -> error.put("retry_after_ms", Math.max(1, wait.toMillis())));
        if (!rejection.details().isEmpty()) {
            error.put("details", rejection.details());
        }
        frame.put("error", error);
        return json(frame);
    }
}
