package dev.parley.domain.account;

import dev.parley.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of one signed-in device (a refresh-token family). */
public record SessionId(UUID value) {
    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    public static SessionId parse(String field, String raw) {
        return new SessionId(Ids.parse(field, raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
