package dev.parley.application.call;

import dev.parley.domain.account.UserId;
import dev.parley.domain.call.out.CallRepository;
import dev.parley.inmemory.call.InMemoryCallRepository;
import java.util.UUID;

/** The in-memory fake keeps the repository contract, so service tests built on it mean something. */
class InMemoryCallRepositoryTest extends CallRepositoryContract {
    private final InMemoryCallRepository repository = new InMemoryCallRepository();

    @Override
    protected CallRepository repository() {
        return repository;
    }

    @Override
    protected UserId newUser() {
        return new UserId(UUID.randomUUID());
    }
}
