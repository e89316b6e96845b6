package dev.parley.domain.conversation;

import dev.parley.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a message. */
public record MessageId(UUID value) {
    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    public static MessageId parse(String field, String raw) {
        return new MessageId(Ids.parse(field, raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
