package dev.parley.domain.account;

import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Text;

/** The name shown to others: 1–64 characters after trimming, one line, no control characters. */
public record DisplayName(String value) {
    public DisplayName {
        if (value == null || value.isBlank()) {
            throw ParleyException.invalid("display_name", "must not be empty");
        }
        value = value.strip();
        Text.check("display_name", value, Text.Lines.SINGLE);
        if (value.codePointCount(0, value.length()) > 64) {
            throw ParleyException.invalid("display_name", "must be at most 64 characters");
        }
    }
}
