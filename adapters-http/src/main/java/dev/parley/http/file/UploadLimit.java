package dev.parley.http.file;

/** Configuration of the file routes: the largest upload in bytes ({@code PARLEY_MAX_UPLOAD_BYTES}). */
public record UploadLimit(long bytes) {
}
