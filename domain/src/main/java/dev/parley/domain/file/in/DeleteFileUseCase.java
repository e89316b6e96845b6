package dev.parley.domain.file.in;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.FileId;

/** Use case: the uploader deletes a file: its bytes go, messages that carried it show it as deleted. */
@FunctionalInterface
public interface DeleteFileUseCase {
    void delete(UserId caller, FileId id);
}
