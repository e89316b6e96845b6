package dev.parley.domain.conversation;

import dev.parley.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a conversation. */
public record ConversationId(UUID value) {
    public ConversationId {
        Objects.requireNonNull(value, "value");
    }

    public static ConversationId parse(String field, String raw) {
        return new ConversationId(Ids.parse(field, raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
