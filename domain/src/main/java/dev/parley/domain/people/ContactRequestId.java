package dev.parley.domain.people;

import dev.parley.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of a contact request. */
public record ContactRequestId(UUID value) {
    public ContactRequestId {
        Objects.requireNonNull(value, "value");
    }

    public static ContactRequestId parse(String field, String raw) {
        return new ContactRequestId(Ids.parse(field, raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
