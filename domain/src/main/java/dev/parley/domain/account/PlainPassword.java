package dev.parley.domain.account;

import dev.parley.domain.shared.ParleyException;

/**
 * A password as typed, 8–128 characters. The upper bound keeps attackers from making us hash
 * megabytes. {@link #toString()} never reveals it, so it cannot leak through a log line.
 */
public record PlainPassword(String value) {
    public PlainPassword {
        if (value == null || value.isEmpty()) {
            throw ParleyException.invalid("password", "is required");
        }
        int length = value.codePointCount(0, value.length());
        if (length < 8 || length > 128) {
            throw ParleyException.invalid("password", "must be 8-128 characters");
        }
    }

    @Override
    public String toString() {
        return "PlainPassword[****]";
    }
}
