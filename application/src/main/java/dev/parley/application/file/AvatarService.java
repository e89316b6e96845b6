package dev.parley.application.file;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.StoredFile;
import dev.parley.domain.file.in.FileLinks;
import dev.parley.domain.file.out.FileRepository;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.util.Optional;
import java.util.UUID;

/**
 * Avatars of users and group conversations: an image the caller uploaded becomes the subject's avatar (any
 * signed-in user may then load it) and its {@code avatar_url} is the avatar thumbnail link.
 */
public final class AvatarService {
    private static final String FIELD = "avatar_file_id";

    private final FileRepository files;
    private final FileLinks links;

    public AvatarService(FileRepository files, FileLinks links) {
        this.files = files;
        this.links = links;
    }

    /** Checks a requested avatar before anything changes: 400 unknown, 415 not an image. */
    public FileId check(UserId caller, String rawId) {
        return requireImage(owned(caller, rawId));
    }

    /** The caller's own live file the id names; 400 on {@code avatar_file_id} otherwise. */
    public StoredFile owned(UserId caller, String rawId) {
        FileId id = FileId.parse(FIELD, rawId);
        return files.find(id).filter(found -> found.ownedBy(caller))
                .orElseThrow(() -> ParleyException.invalid(FIELD, "unknown file id (use an image you uploaded)"));
    }

    /** 415 unless the file is an image whose dimensions were read at upload. */
    public FileId requireImage(StoredFile file) {
        if (!file.isImage()) {
            throw new ParleyException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "an avatar must be a PNG, JPEG, GIF or BMP image");
        }
        return file.id();
    }

    /** Makes {@code file} (or nothing) the subject's avatar; answers the new {@code avatar_url} (null when cleared). */
    public String apply(UUID subject, Optional<FileId> file) {
        files.setAvatar(subject, file);
        return file.map(links::avatarUrl).orElse(null);
    }
}
