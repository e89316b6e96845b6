package dev.parley.http.file;

import dev.parley.domain.account.in.AuthenticateUseCase;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.StoredFile;
import dev.parley.domain.file.in.DeleteFileUseCase;
import dev.parley.domain.file.in.FileLinks;
import dev.parley.domain.file.in.ReadFileUseCase;
import dev.parley.domain.file.in.UploadFileUseCase;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import dev.parley.http.server.ApiRoutes;
import dev.parley.http.server.Caller;
import dev.parley.http.server.RouteGroup;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The file endpoints. Uploads stream from the socket (multipart or raw body) into the upload use case; they
 * are not bound by the JSON body limit, only by the upload limit. Downloads and thumbnails accept either an
 * access token or a signed link ({@code exp} + {@code sig}), so they are registered as public routes and
 * authenticate here.
 */
public final class FileRoutes implements RouteGroup {
    /** Room for multipart boundaries and part headers on top of the file itself. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final UploadFileUseCase upload;
    private final ReadFileUseCase read;
    private final DeleteFileUseCase delete;
    private final FileLinks links;
    private final AuthenticateUseCase authenticate;
    private final long maxUploadBytes;

    public FileRoutes(UploadFileUseCase upload, ReadFileUseCase read, DeleteFileUseCase delete, FileLinks links,
                      AuthenticateUseCase authenticate, long maxUploadBytes) {
        this.upload = upload;
        this.read = read;
        this.delete = delete;
        this.links = links;
        this.authenticate = authenticate;
        this.maxUploadBytes = maxUploadBytes;
        AttachmentViews.install(links);
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/files", this::upload);
        routes.publicGet("/files/{id}", this::download);
        routes.publicGet("/files/{id}/thumbnail", this::thumbnail);
        routes.delete("/files/{id}", ctx -> {
            delete.delete(Caller.of(ctx).userId(), id(ctx));
            ctx.status(204);
        });
    }

    private void upload(Context ctx) {
        var owner = Caller.of(ctx).userId();
        long length = ctx.req().getContentLengthLong();
        String type = ctx.header("Content-Type");
        Optional<String> boundary = MultipartUpload.boundary(type);
        if (length > maxUploadBytes + (boundary.isPresent() ? MULTIPART_OVERHEAD : 0)) {
            throw new ParleyException(ErrorCode.PAYLOAD_TOO_LARGE,
                    "the file is larger than the limit of " + maxUploadBytes + " bytes");
        }
        StoredFile stored;
        try {
            InputStream body = ctx.req().getInputStream();
            if (boundary.isPresent()) {
                MultipartUpload.Part part = MultipartUpload.filePart(body, boundary.get());
                stored = upload.upload(new UploadFileUseCase.Command(owner, part.fileName(), part.contentType(), null,
                        part.body()));
            } else {
                String declared = type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                        ? null : type; // curl --data-binary's default says nothing about the bytes
                stored = upload.upload(new UploadFileUseCase.Command(owner, ctx.queryParam("name"), declared,
                        length < 0 ? null : length, body));
            }
        } catch (IOException | UncheckedIOException brokenOff) {
            throw ParleyException.invalid("file", "the upload broke off before its end");
        }
        ctx.status(201).json(FileView.from(stored, links));
    }

    private void download(Context ctx) {
        Access access = access(ctx);
        FileDownloads.write(ctx, access.file(), access.cacheControl(), read);
    }

    private void thumbnail(Context ctx) {
        String raw = ctx.queryParam("size");
        int size;
        if (raw == null || raw.isBlank()) {
            size = FileLinks.AVATAR_SIZE;
        } else if (raw.equals("64") || raw.equals("256")) {
            size = Integer.parseInt(raw);
        } else {
            throw ParleyException.invalid("size", "must be 64 or 256");
        }
        Access access = access(ctx);
        FileDownloads.writeThumbnail(ctx, access.file(), size, access.cacheControl(), read);
    }

    /** A signed link when one is presented (403 when it is bad), else the access token's user. */
    private Access access(Context ctx) {
        FileId id = id(ctx);
        String expires = ctx.queryParam("exp");
        String signature = ctx.queryParam("sig");
        if (expires != null || signature != null) {
            StoredFile file = read.describeByLink(id, expires, signature);
            return new Access(file, FileLinks.AVATAR.equals(expires) ? "private, max-age=3600" : "private, max-age=600");
        }
        var caller = Caller.authenticate(ctx, authenticate);
        return new Access(read.describe(caller.userId(), id), "private, no-cache");
    }

    private static FileId id(Context ctx) {
        return FileId.parse("id", ctx.pathParam("id"));
    }

    /** The file a request may read, and how long a browser may keep it. */
    private record Access(StoredFile file, String cacheControl) {
    }
}
