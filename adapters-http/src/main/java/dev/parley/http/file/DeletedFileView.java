package dev.parley.http.file;

/** An attachment whose file the uploader deleted: {@code {id, deleted: true}}. */
public record DeletedFileView(String id, boolean deleted) {
    public static DeletedFileView of(String id) {
        return new DeletedFileView(id, true);
    }
}
