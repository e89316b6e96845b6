package dev.parley.application.file;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.ImageSize;
import dev.parley.domain.file.out.ImageCodec;
import dev.parley.domain.file.StorageKey;
import dev.parley.domain.file.StoredFile;
import dev.parley.domain.file.in.FileLinks;
import dev.parley.domain.file.in.ReadFileUseCase;
import dev.parley.domain.file.out.FileRepository;
import dev.parley.domain.file.out.FileStorage;
import dev.parley.domain.shared.ParleyException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Who may read a file and its bytes. Read access: the uploader; participants of a live conversation where a
 * live message carries it; any signed-in user while it is an avatar; for a meeting recording, whoever was let
 * into that meeting and not removed from it; the bearer of a genuine, unexpired link.
 * Anyone else learns nothing: 404, as for a file that does not exist.
 */
public final class ReadFileService implements ReadFileUseCase {
    private final FileRepository files;
    private final FileStorage storage;
    private final FileLinks links;
    private final ImageCodec images;
    private final FileSettings settings;

    public ReadFileService(FileRepository files, FileStorage storage, ImageCodec images, FileLinks links,
                           FileSettings settings) {
        this.images = images;
        this.files = files;
        this.storage = storage;
        this.links = links;
        this.settings = settings;
    }

    @Override
    public StoredFile describe(UserId caller, FileId id) {
        return files.find(id)
                .filter(file -> file.ownedBy(caller) || files.isAvatar(id) || files.attachedWhereParticipant(id, caller)
                        || files.recordedWhereJoined(id, caller))
                .orElseThrow(() -> ParleyException.notFound("file"));
    }

    @Override
    public StoredFile describeByLink(FileId id, String expires, String signature) {
        FileLinks.Verdict verdict = links.verify(id, expires, signature);
        if (verdict == FileLinks.Verdict.INVALID) {
            throw ParleyException.forbidden("the link is invalid or has expired");
        }
        StoredFile file = files.find(id).orElseThrow(() -> ParleyException.notFound("file"));
        if (verdict == FileLinks.Verdict.AVATAR && !files.isAvatar(id)) {
            throw ParleyException.forbidden("the link is no longer valid");
        }
        return file;
    }

    @Override
    public InputStream open(StoredFile file, long offset, long length) {
        return storage.read(StorageKey.original(file.id()), offset, length)
                .orElseThrow(() -> ParleyException.notFound("file"));
    }

    @Override
    public Thumbnail thumbnail(StoredFile file, int size) {
        if (!file.isImage()) {
            throw ParleyException.notFound("thumbnail");
        }
        boolean png = !"image/jpeg".equals(file.contentType());
        String type = png ? "image/png" : "image/jpeg";
        StorageKey key = StorageKey.thumbnail(file.id(), size);
        Optional<byte[]> cached = readAll(key);
        if (cached.isPresent()) {
            return new Thumbnail(type, cached.get());
        }
        ImageSize source = new ImageSize(file.width(), file.height());
        if (source.pixels() > settings.maxImagePixels()) {
            throw ParleyException.notFound("thumbnail (the image has too many pixels)");
        }
        byte[] made = readOriginal(file, source, size, png).orElseThrow(() -> ParleyException.notFound("thumbnail"));
        storage.write(key, new java.io.ByteArrayInputStream(made));
        return new Thumbnail(type, made);
    }

    private Optional<byte[]> readOriginal(StoredFile file, ImageSize source, int size, boolean png) {
        try (InputStream bytes = open(file, 0, file.size())) {
            return images.thumbnail(bytes, source, size, png);
        } catch (IOException closing) {
            return Optional.empty();
        }
    }

    private Optional<byte[]> readAll(StorageKey key) {
        if (!storage.exists(key)) {
            return Optional.empty();
        }
        return storage.read(key, 0, Long.MAX_VALUE).map(in -> {
            try (in) {
                return in.readNBytes(4 * 1024 * 1024);
            } catch (IOException failed) {
                throw new java.io.UncheckedIOException(failed);
            }
        });
    }
}
