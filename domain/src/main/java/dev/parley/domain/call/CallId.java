package dev.parley.domain.call;

import dev.parley.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a call. */
public record CallId(UUID value) {
    public CallId {
        Objects.requireNonNull(value, "value");
    }

    public static CallId parse(String field, String raw) {
        return new CallId(Ids.parse(field, raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
