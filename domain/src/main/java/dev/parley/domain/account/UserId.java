package dev.parley.domain.account;

import dev.parley.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a user account. */
public record UserId(UUID value) {
    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId parse(String field, String raw) {
        return new UserId(Ids.parse(field, raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
