package dev.parley.application.file;

import dev.parley.domain.file.ContentTypes;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.FileName;
import dev.parley.domain.file.ImageSize;
import dev.parley.domain.file.out.ImageCodec;
import dev.parley.domain.file.StorageKey;
import dev.parley.domain.file.StoredFile;
import dev.parley.domain.file.in.UploadFileUseCase;
import dev.parley.domain.file.out.FileRepository;
import dev.parley.domain.file.out.FileStorage;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.ParleyException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Stores uploads: limits and the quota are checked before a byte is read where the length is declared, the
 * first bytes are checked against the declared type, then the stream goes to storage through
 * {@link MeasuredInput} (size and SHA-256 on the fly, stopped at the limit). The row is recorded as pending
 * before the bytes are written and made ready after: a failure on the way removes both, a crash leaves a
 * pending row the sweeper removes.
 */
public final class UploadService implements UploadFileUseCase {
    /** How long an unfinished upload may stay pending before the sweeper removes it. */
    static final Duration PENDING_LIFE = Duration.ofHours(1);

    private final FileRepository files;
    private final FileStorage storage;
    private final ImageCodec images;
    private final FileSettings settings;
    private final Clock clock;

    public UploadService(FileRepository files, FileStorage storage, ImageCodec images, FileSettings settings, Clock clock) {
        this.images = images;
        this.files = files;
        this.storage = storage;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public StoredFile upload(Command command) {
        String name = FileName.clean(command.name());
        String declaredType = command.contentType() == null || command.contentType().isBlank()
                ? ContentTypes.OCTET_STREAM
                : ContentTypes.normalise(command.contentType()).orElseThrow(() -> new ParleyException(
                        ErrorCode.UNSUPPORTED_MEDIA_TYPE, "the content type is not a valid media type"));
        Long declared = command.declaredLength();
        if (declared != null && declared == 0) {
            throw ParleyException.invalid("file", "must not be empty");
        }
        if (declared != null && declared > settings.maxUploadBytes()) {
            throw tooLarge();
        }
        long room = settings.userQuotaBytes() - files.usedBytes(command.owner());
        if (declared != null && declared > room) {
            throw overQuota();
        }
        boolean quotaBinds = room < settings.maxUploadBytes();
        MeasuredInput measured = new MeasuredInput(command.content(), Math.min(settings.maxUploadBytes(), Math.max(0, room)),
                quotaBinds ? quotaMessage() : tooLargeMessage());
        byte[] head = readHead(measured);
        if (head.length == 0) {
            throw ParleyException.invalid("file", "must not be empty");
        }
        String type = declaredType;
        if (ContentTypes.OCTET_STREAM.equals(type)) {
            type = ContentTypes.detect(head, head.length).orElse(type);
        } else if (ContentTypes.contradicts(type, head, head.length)) {
            throw new ParleyException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "the bytes are not " + type + " as declared");
        }
        Instant now = clock.instant();
        FileId id = new FileId(Ids.newId(now));
        StorageKey key = StorageKey.original(id);
        files.insertPending(id, command.owner(), name, type, now, now.plus(PENDING_LIFE));
        try {
            storage.write(key, new SequenceInputStream(new ByteArrayInputStream(head), measured));
            long size = measured.count();
            if (files.usedBytes(command.owner()) + size > settings.userQuotaBytes()) {
                throw overQuota(); // a concurrent upload of the same user took the room meanwhile
            }
            Optional<ImageSize> dimensions = type.startsWith("image/") ? probe(key, size) : Optional.empty();
            return files.markReady(id, size, measured.sha256(), dimensions.map(ImageSize::width).orElse(null),
                    dimensions.map(ImageSize::height).orElse(null), clock.instant().plus(settings.orphanAfter()));
        } catch (RuntimeException failed) {
            discard(id, key);
            throw failed;
        }
    }

    private Optional<ImageSize> probe(StorageKey key, long size) {
        return storage.read(key, 0, size).flatMap(bytes -> {
            try (bytes) {
                return images.probe(bytes);
            } catch (IOException closing) {
                return Optional.empty();
            }
        });
    }

    private void discard(FileId id, StorageKey key) {
        try {
            storage.delete(key);
        } finally {
            files.removePending(id);
        }
    }

    private static byte[] readHead(InputStream in) {
        try {
            return in.readNBytes(ContentTypes.SNIFF_BYTES);
        } catch (IOException failed) {
            throw new UncheckedIOException("the upload broke off", failed);
        }
    }

    private ParleyException tooLarge() {
        return new ParleyException(ErrorCode.PAYLOAD_TOO_LARGE, tooLargeMessage());
    }

    private String tooLargeMessage() {
        return "the file is larger than the limit of " + settings.maxUploadBytes() + " bytes";
    }

    private ParleyException overQuota() {
        return new ParleyException(ErrorCode.PAYLOAD_TOO_LARGE, quotaMessage());
    }

    private String quotaMessage() {
        return "your storage quota of " + settings.userQuotaBytes() + " bytes is used up: delete files to upload more";
    }
}
