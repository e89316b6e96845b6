package dev.parley.domain.conversation;

import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Text;

/**
 * The text of a message, stored exactly as sent (no trimming, no escaping: clients render it). It is
 * rejected when empty after trimming, longer than the configured maximum (counted in characters), or when it
 * holds control characters other than tab and line breaks ({@link Text}).
 */
public record MessageContent(String value) {
    public MessageContent {
        if (value == null || value.isBlank()) {
            throw ParleyException.invalid("content", "must not be empty");
        }
        Text.check("content", value, Text.Lines.MULTI);
    }

    public static MessageContent of(String raw, int maxLength) {
        MessageContent content = new MessageContent(raw);
        if (raw.codePointCount(0, raw.length()) > maxLength) {
            throw ParleyException.invalid("content", "must be at most " + maxLength + " characters");
        }
        return content;
    }
}
