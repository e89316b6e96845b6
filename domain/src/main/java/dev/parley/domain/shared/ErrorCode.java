package dev.parley.domain.shared;

import java.util.Locale;

/** The contract's stable error codes; the HTTP adapter maps each to its status in one switch. */
public enum ErrorCode {
    VALIDATION_FAILED, MALFORMED_JSON,
    UNAUTHORIZED, TOKEN_EXPIRED, INVALID_CREDENTIALS,
    FORBIDDEN, NOT_A_PARTICIPANT, EMAIL_NOT_VERIFIED, BLOCKED, PRIVACY_RESTRICTED,
    NOT_FOUND, METHOD_NOT_ALLOWED,
    CONFLICT, EMAIL_TAKEN, USERNAME_TAKEN, CALLEE_BUSY, MEETING_FULL, ALREADY_EXISTS,
    MEETING_ENDED, CALL_ENDED,
    PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE,
    RATE_LIMITED,
    INTERNAL, UNAVAILABLE;

    /** The snake_case code as it appears on the wire. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
