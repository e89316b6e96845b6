package dev.parley.application.conversation;

import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Text;

/** Validates group names and topics: names are required and short, topics optional; both one line, stored trimmed. */
final class ConversationNames {
    static final int MAX_NAME = 100;
    static final int MAX_TOPIC = 500;

    private ConversationNames() {
    }

    static String name(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ParleyException.invalid("name", "is required");
        }
        String name = Text.check("name", raw.strip(), Text.Lines.SINGLE);
        if (name.length() > MAX_NAME) {
            throw ParleyException.invalid("name", "must be at most " + MAX_NAME + " characters");
        }
        return name;
    }

    /** An empty topic clears it (null). */
    static String topic(String raw) {
        String topic = Text.check("topic", raw.strip(), Text.Lines.SINGLE);
        if (topic.length() > MAX_TOPIC) {
            throw ParleyException.invalid("topic", "must be at most " + MAX_TOPIC + " characters");
        }
        return topic.isEmpty() ? null : topic;
    }
}
