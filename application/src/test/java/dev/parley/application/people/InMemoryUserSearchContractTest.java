package dev.parley.application.people;

import dev.parley.application.testing.contracts.UserSearchContract;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.people.out.BlockRepository;
import dev.parley.domain.people.out.UserSearch;
import dev.parley.inmemory.account.InMemoryUserRepository;
import dev.parley.inmemory.people.InMemoryBlockRepository;
import dev.parley.inmemory.people.InMemoryUserSearch;

/** The in-memory user search against the contract JdbiUserSearchIT runs on PostgreSQL. */
class InMemoryUserSearchContractTest extends UserSearchContract {
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryBlockRepository blocks = new InMemoryBlockRepository(users);
    private final InMemoryUserSearch search = new InMemoryUserSearch(users, blocks);

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected UserSearch search() {
        return search;
    }

    @Override
    protected BlockRepository blocks() {
        return blocks;
    }
}
