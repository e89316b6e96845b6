package dev.parley.http.server;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import io.javalin.http.Context;
import java.util.stream.Collectors;

/** Reads JSON request bodies: broken JSON is {@code malformed_json}, a wrong type is {@code validation_failed} on that field. */
public final class Bodies {
    private Bodies() {
    }

    public static <T> T read(Context ctx, Class<T> type) {
        return parse(ctx.body(), type, true);
    }

    /** Like {@link #read} but an empty body reads as an empty object (for endpoints whose fields are all optional). */
    public static <T> T readOptional(Context ctx, Class<T> type) {
        String body = ctx.body();
        return parse(body.isBlank() ? "{}" : body, type, false);
    }

    /** True when the (already validated) JSON body has {@code field} set to an explicit {@code null}. */
    public static boolean hasNullField(Context ctx, String field) {
        try {
            var node = Json.mapper().readTree(ctx.body());
            return node != null && node.has(field) && node.get(field).isNull();
        } catch (JacksonException broken) {
            return false;
        }
    }

    public static <T> T parse(String body, Class<T> type, boolean required) {
        if (required && body.isBlank()) {
            throw new ParleyException(ErrorCode.MALFORMED_JSON, "a JSON body is required");
        }
        try {
            T value = Json.mapper().readValue(body, type);
            if (value == null) {
                throw new ParleyException(ErrorCode.MALFORMED_JSON, "the body must be a JSON object");
            }
            return value;
        } catch (MismatchedInputException wrongType) {
            String field = fieldPath(wrongType);
            if (field.isEmpty()) {
                throw new ParleyException(ErrorCode.MALFORMED_JSON, "the body must be a JSON object");
            }
            throw ParleyException.invalid(field, "has the wrong type");
        } catch (JsonMappingException invalidValue) {
            String field = fieldPath(invalidValue);
            if (invalidValue.getCause() instanceof ParleyException rejected) {
                throw rejected;
            }
            throw field.isEmpty() ? new ParleyException(ErrorCode.MALFORMED_JSON, "the body is not valid JSON")
                    : ParleyException.invalid(field, "is invalid");
        } catch (JacksonException broken) {
            throw new ParleyException(ErrorCode.MALFORMED_JSON, "the body is not valid JSON");
        }
    }

    private static String fieldPath(JsonMappingException failure) {
        return failure.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("."));
    }
}
