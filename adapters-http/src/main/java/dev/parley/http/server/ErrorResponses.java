package dev.parley.http.server;

import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.FieldError;
import dev.parley.domain.shared.ParleyException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps every error code to its status and writes the contract's envelope; the one place this happens. */
public final class ErrorResponses {
    private ErrorResponses() {
    }

    public static int status(ErrorCode code) {
        return switch (code) {
            case VALIDATION_FAILED, MALFORMED_JSON -> 400;
            case UNAUTHORIZED, TOKEN_EXPIRED, INVALID_CREDENTIALS -> 401;
            case FORBIDDEN, NOT_A_PARTICIPANT, EMAIL_NOT_VERIFIED, BLOCKED, PRIVACY_RESTRICTED -> 403;
            case NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case CONFLICT, EMAIL_TAKEN, USERNAME_TAKEN, CALLEE_BUSY, MEETING_FULL, ALREADY_EXISTS -> 409;
            case MEETING_ENDED, CALL_ENDED -> 410;
            case PAYLOAD_TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case RATE_LIMITED -> 429;
            case INTERNAL -> 500;
            case UNAVAILABLE -> 503;
        };
    }

    /** The code of an error status that the framework or Jetty produced (no use case named one). */
    static ErrorCode codeFor(int status) {
        return switch (status) {
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 413, 414, 431 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 400 -> ErrorCode.MALFORMED_JSON;
            case 401 -> ErrorCode.UNAUTHORIZED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 429 -> ErrorCode.RATE_LIMITED;
            case 503 -> ErrorCode.UNAVAILABLE;
            default -> status >= 400 && status < 500 ? ErrorCode.VALIDATION_FAILED : ErrorCode.INTERNAL;
        };
    }

    public static void write(Context ctx, ParleyException error) {
        ctx.status(status(error.code()));
        error.retryAfter().ifPresent(wait -> ctx.header("Retry-After",
                String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000))));
        ctx.json(envelope(error.code(), error.getMessage(), error.details(), RequestIds.of(ctx)));
    }

    public static void write(Context ctx, ErrorCode code, String message) {
        write(ctx, new ParleyException(code, message));
    }

    /** The envelope as a map, also used for WebSocket {@code error} frames. */
    public static Map<String, Object> envelope(ErrorCode code, String message, List<FieldError> details, String requestId) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code.wire());
        error.put("message", message);
        error.put("details", details.isEmpty() ? null : details);
        error.put("request_id", requestId);
        return Map.of("error", error);
    }
}
