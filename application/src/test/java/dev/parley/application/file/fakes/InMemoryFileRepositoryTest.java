package dev.parley.application.file.fakes;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.out.FileRepository;
import dev.parley.inmemory.file.InMemoryFileRepository;
import java.util.UUID;

/** The fake keeps the contract the PostgreSQL adapter keeps. */
class InMemoryFileRepositoryTest extends FileRepositoryContract {
    private final InMemoryFileRepository files = new InMemoryFileRepository();

    @Override
    protected FileRepository files() {
        return files;
    }

    @Override
    protected UserId newUser() {
        return new UserId(UUID.randomUUID());
    }
}
