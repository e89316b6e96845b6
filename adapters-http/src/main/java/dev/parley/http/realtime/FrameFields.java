package dev.parley.http.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Text;

/** Reads the fields of client frames; missing, mistyped or control-character text is {@code validation_failed}. */
final class FrameFields {
    private FrameFields() {
    }

    static String ref(JsonNode frame) {
        return frame.path("ref").isTextual() ? frame.path("ref").asText() : null;
    }

    static ConversationId conversationId(JsonNode frame) {
        return ConversationId.parse("conversation_id", requiredText(frame, "conversation_id"));
    }

    static String requiredText(JsonNode frame, String field) {
        JsonNode value = frame.path(field);
        if (!value.isTextual()) {
            throw ParleyException.invalid(field, "must be a string");
        }
        return Text.check(field, value.asText(), Text.Lines.MULTI);
    }

    /** Null when absent or null; a non-string is rejected. */
    static String optionalText(JsonNode frame, String field) {
        JsonNode value = frame.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ParleyException.invalid(field, "must be a string");
        }
        return Text.check(field, value.asText(), Text.Lines.MULTI);
    }

    static long requiredLong(JsonNode frame, String field) {
        JsonNode value = frame.path(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw ParleyException.invalid(field, "must be an integer");
        }
        return value.asLong();
    }
}
