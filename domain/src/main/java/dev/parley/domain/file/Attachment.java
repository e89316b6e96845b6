package dev.parley.domain.file;

import java.util.Objects;

/** A file a message carries: {@code file} is null once the uploader deleted it (shown as {@code {id, deleted: true}}). */
public record Attachment(FileId id, StoredFile file) {
    public Attachment {
        Objects.requireNonNull(id);
    }

    public static Attachment deleted(FileId id) {
        return new Attachment(id, null);
    }

    public static Attachment of(StoredFile file) {
        return new Attachment(file.id(), file);
    }

    public boolean isDeleted() {
        return file == null;
    }
}
