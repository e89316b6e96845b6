package dev.parley.domain.conversation;

import dev.parley.domain.shared.ParleyException;

/**
 * The text of a message, stored exactly as sent (no trimming, no escaping: clients render it). It is
 * rejected when empty after trimming or longer than the configured maximum (counted in characters).
 */
public record MessageContent(String value) {
    public MessageContent {
        if (value == null || value.isBlank()) {
            throw ParleyException.invalid("content", "must not be empty");
        }
    }

    public static MessageContent of(String raw, int maxLength) {
        MessageContent content = new MessageContent(raw);
        if (raw.codePointCount(0, raw.length()) > maxLength) {
            throw ParleyException.invalid("content", "must be at most " + maxLength + " characters");
        }
        return content;
    }
}
