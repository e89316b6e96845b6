package dev.parley.domain.shared;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An expected business rejection with a stable {@link ErrorCode}. Use cases throw it; the HTTP and
 * WebSocket adapters translate it in one place. It never carries a stack trace to clients.
 */
public class ParleyException extends RuntimeException {
    private final ErrorCode code;
    private final List<FieldError> details;
    private final Duration retryAfter;

    public ParleyException(ErrorCode code, String message) {
        this(code, message, List.of(), null);
    }

    public ParleyException(ErrorCode code, String message, List<FieldError> details, Duration retryAfter) {
        super(message, null, false, false);
        this.code = code;
        this.details = List.copyOf(details);
        this.retryAfter = retryAfter;
    }

    public static ParleyException invalid(String field, String message) {
        return new ParleyException(ErrorCode.VALIDATION_FAILED, field + ": " + message,
                List.of(new FieldError(field, message)), null);
    }

    public static ParleyException notFound(String what) {
        return new ParleyException(ErrorCode.NOT_FOUND, what + " not found");
    }

    public static ParleyException forbidden(String message) {
        return new ParleyException(ErrorCode.FORBIDDEN, message);
    }

    public static ParleyException conflict(String message) {
        return new ParleyException(ErrorCode.CONFLICT, message);
    }

    public static ParleyException unauthorized(String message) {
        return new ParleyException(ErrorCode.UNAUTHORIZED, message);
    }

    public static ParleyException rateLimited(Duration retryAfter) {
        return new ParleyException(ErrorCode.RATE_LIMITED, "too many requests, retry later", List.of(), retryAfter);
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> details() {
        return details;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
