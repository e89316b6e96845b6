package dev.parley.application.file;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.in.DeleteFileUseCase;
import dev.parley.domain.file.out.FileRepository;
import dev.parley.domain.shared.ParleyException;
import java.time.Clock;

/**
 * The uploader deletes a file: the row becomes a tombstone with a due sweep timer, then the bytes are removed
 * at once (should that fail, the sweeper retries). Anyone else: 404.
 */
public final class DeleteFileService implements DeleteFileUseCase {
    private final FileRepository files;
    private final FileBytes bytes;
    private final Clock clock;

    public DeleteFileService(FileRepository files, FileBytes bytes, Clock clock) {
        this.files = files;
        this.bytes = bytes;
        this.clock = clock;
    }

    @Override
    public void delete(UserId caller, FileId id) {
        files.find(id).filter(file -> file.ownedBy(caller)).orElseThrow(() -> ParleyException.notFound("file"));
        if (files.markDeleted(id, clock.instant())) {
            bytes.removeQuietly(id);
        }
    }
}
