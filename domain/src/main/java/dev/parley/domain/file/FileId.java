package dev.parley.domain.file;

import dev.parley.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of an uploaded file; also the only thing its storage key is made of. */
public record FileId(UUID value) {
    public FileId {
        Objects.requireNonNull(value, "value");
    }

    public static FileId parse(String field, String raw) {
        return new FileId(Ids.parse(field, raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
