package dev.parley.http.file;

import dev.parley.domain.file.ContentTypes;
import dev.parley.domain.file.StoredFile;
import dev.parley.domain.file.in.ReadFileUseCase;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.http.server.ErrorResponses;
import dev.parley.http.server.Json;
import dev.parley.http.server.RequestIds;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a file or a thumbnail: {@code ETag} (the SHA-256) with {@code If-None-Match} → 304, one {@code Range}
 * → 206 (several → the whole file), {@code Content-Disposition} with the UTF-8 name, {@code nosniff}, private
 * caching; types a browser would execute always as an attachment with {@code Content-Security-Policy:
 * sandbox}. The bytes stream from storage through one 64 KiB buffer.
 */
final class FileDownloads {
    private static final int BUFFER = 64 * 1024;

    private FileDownloads() {
    }

    static void write(Context ctx, StoredFile file, String cacheControl, ReadFileUseCase read) {
        String etag = "\"" + file.sha256() + "\"";
        boolean executable = ContentTypes.executable(file.contentType());
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", cacheControl);
        ctx.header("Accept-Ranges", "bytes");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Disposition",
                ContentDisposition.of(!executable && ContentTypes.inline(file.contentType()), file.name()));
        if (executable) {
            ctx.header("Content-Security-Policy", "sandbox");
        }
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        ByteRange.Request range = ByteRange.parse(ctx.header("Range"), file.size());
        String ifRange = ctx.header("If-Range");
        if (ifRange != null && !ifRange.strip().equals(etag)) {
            range = new ByteRange.Whole();
        }
        switch (range) {
            case ByteRange.Unsatisfiable ignored -> {
                ctx.header("Content-Range", "bytes */" + file.size());
                ctx.status(416);
                Json.write(ctx, ErrorResponses.envelope(ErrorCode.VALIDATION_FAILED,
                        "the range starts past the end of the file (" + file.size() + " bytes)", List.of(),
                        RequestIds.of(ctx)));
            }
            case ByteRange.Partial partial -> {
                ByteRange bytes = partial.range();
                ctx.status(206);
                ctx.header("Content-Range", "bytes " + bytes.first() + "-" + bytes.last() + "/" + file.size());
                stream(ctx, file.contentType(), bytes.length(), () -> read.open(file, bytes.first(), bytes.length()));
            }
            case ByteRange.Whole ignored -> {
                ctx.status(200);
                stream(ctx, file.contentType(), file.size(), () -> read.open(file, 0, file.size()));
            }
        }
    }

    static void writeThumbnail(Context ctx, StoredFile file, int size, String cacheControl, ReadFileUseCase read) {
        String etag = "\"" + file.sha256() + "-" + size + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", cacheControl);
        ctx.header("X-Content-Type-Options", "nosniff");
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        ReadFileUseCase.Thumbnail thumbnail = read.thumbnail(file, size);
        ctx.header("Content-Disposition", ContentDisposition.of(true, "thumbnail-" + size + "-" + file.name()));
        stream(ctx, thumbnail.contentType(), thumbnail.bytes().length,
                () -> new java.io.ByteArrayInputStream(thumbnail.bytes()));
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static void stream(Context ctx, String contentType, long length, Opener opener) {
        InputStream bytes = opener.open(); // opened before the status is committed: a missing object is still a 404
        ctx.contentType(contentType);
        ctx.res().setContentLengthLong(length);
        try (bytes) {
            OutputStream out = ctx.res().getOutputStream();
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = bytes.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
            }
            out.flush();
        } catch (IOException clientGoneOrStorageFailed) {
            // The response is under way: nothing can be answered any more; the connection is closed.
        }
    }

    /** Opens the bytes to send. */
    @FunctionalInterface
    private interface Opener {
        InputStream open();
    }
}
