package dev.parley.http.server;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Reads JSON request bodies strictly: broken JSON, invalid UTF-8 and anything after the value are
 * {@code malformed_json}; a wrong type or refused text is {@code validation_failed} on that field.
 */
public final class Bodies {
    private static final byte[] EMPTY_OBJECT = {'{', '}'};

    private Bodies() {
    }

    public static <T> T read(Context ctx, Class<T> type) {
        return parse(ctx.bodyAsBytes(), type, true);
    }

    /** Like {@link #read} but an empty body reads as an empty object (for endpoints whose fields are all optional). */
    public static <T> T readOptional(Context ctx, Class<T> type) {
        byte[] body = ctx.bodyAsBytes();
        return parse(isBlank(body) ? EMPTY_OBJECT : body, type, false);
    }

    /** True when the (already validated) JSON body has {@code field} set to an explicit {@code null}. */
    public static boolean hasNullField(Context ctx, String field) {
        try {
            var node = Json.mapper().readTree(ctx.bodyAsBytes());
            return node != null && node.has(field) && node.get(field).isNull();
        } catch (IOException broken) {
            return false;
        }
    }

    /**
     * Parses the raw bytes, never a decoded String: invalid UTF-8 is {@code malformed_json} instead of text
     * with U+FFFD in it.
     */
    public static <T> T parse(byte[] body, Class<T> type, boolean required) {
        if (required && isBlank(body)) {
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
        } catch (TextFields.Rejected badText) {
            throw ParleyException.invalid(fieldPath(badText), badText.problem());
        } catch (JsonMappingException invalidValue) {
            if (invalidValue.getCause() instanceof JsonParseException) {
                // Broken bytes inside a value (invalid UTF-8): the body is not JSON, whatever field it was in.
                throw new ParleyException(ErrorCode.MALFORMED_JSON, "the body is not valid JSON");
            }
            String field = fieldPath(invalidValue);
            if (invalidValue.getCause() instanceof ParleyException rejected) {
                throw rejected;
            }
            throw field.isEmpty() ? new ParleyException(ErrorCode.MALFORMED_JSON, "the body is not valid JSON")
                    : ParleyException.invalid(field, "is invalid");
        } catch (IOException broken) {
            // JacksonException (broken JSON, invalid UTF-8, trailing tokens) is the only kind a byte array raises.
            throw new ParleyException(ErrorCode.MALFORMED_JSON, "the body is not valid JSON");
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String fieldPath(JsonMappingException failure) {
        return failure.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("."));
    }
}
