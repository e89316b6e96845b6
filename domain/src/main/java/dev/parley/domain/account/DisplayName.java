package dev.parley.domain.account;

import dev.parley.domain.shared.ParleyException;

/** The name shown to others: 1–64 characters after trimming. */
public record DisplayName(String value) {
    public DisplayName {
        if (value == null || value.isBlank()) {
            throw ParleyException.invalid("display_name", "must not be empty");
        }
        value = value.strip();
        if (value.codePointCount(0, value.length()) > 64) {
            throw ParleyException.invalid("display_name", "must be at most 64 characters");
        }
    }
}
