package dev.parley.application.realtime;

import dev.parley.application.testing.contracts.LastSeenRepositoryContract;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.realtime.out.LastSeenRepository;
import dev.parley.inmemory.account.InMemoryUserRepository;
import dev.parley.inmemory.realtime.InMemoryLastSeenRepository;

/** The in-memory last-seen store against the contract JdbiLastSeenRepositoryIT runs on PostgreSQL. */
class InMemoryLastSeenRepositoryContractTest extends LastSeenRepositoryContract {
    private final InMemoryLastSeenRepository lastSeen = new InMemoryLastSeenRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository();

    @Override
    protected LastSeenRepository lastSeen() {
        return lastSeen;
    }

    @Override
    protected UserRepository users() {
        return users;
    }
}
