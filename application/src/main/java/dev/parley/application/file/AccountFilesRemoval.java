package dev.parley.application.file;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.out.FileRepository;
import dev.parley.domain.people.in.DeleteAccountUseCase;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Account deletion that also removes the account's files: after the account is gone, each file becomes a
 * tombstone (messages show {@code {id, deleted: true}}) and its bytes are removed (or left to the sweeper).
 */
public final class AccountFilesRemoval implements DeleteAccountUseCase {
    private final DeleteAccountUseCase deleteAccount;
    private final FileRepository files;
    private final FileBytes bytes;
    private final Clock clock;

    public AccountFilesRemoval(DeleteAccountUseCase deleteAccount, FileRepository files, FileBytes bytes, Clock clock) {
        this.deleteAccount = deleteAccount;
        this.files = files;
        this.bytes = bytes;
        this.clock = clock;
    }

    @Override
    public void delete(UserId caller) {
        deleteAccount.delete(caller);
        files.setAvatar(caller.value(), Optional.empty());
        Instant now = clock.instant();
        for (FileId id : files.ownedBy(caller)) {
            if (files.markDeleted(id, now)) {
                bytes.removeQuietly(id);
            }
        }
    }
}
