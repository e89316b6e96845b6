package dev.parley.application.account;

import dev.parley.application.testing.contracts.SessionRepositoryContract;
import dev.parley.application.testing.contracts.UserRepositoryContract;
import dev.parley.domain.account.out.SessionRepository;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.inmemory.account.InMemorySessionRepository;
import dev.parley.inmemory.account.InMemoryUserRepository;
import org.junit.jupiter.api.Nested;

/** The fakes honour the same contracts as the PostgreSQL adapters, so service tests mean something. */
class InMemoryRepositoriesContractTest {
    @Nested
    class Users extends UserRepositoryContract {
        private final InMemoryUserRepository repository = new InMemoryUserRepository();

        @Override
        protected UserRepository repository() {
            return repository;
        }
    }

    @Nested
    class Sessions extends SessionRepositoryContract {
        private final InMemoryUserRepository users = new InMemoryUserRepository();
        private final InMemorySessionRepository sessions = new InMemorySessionRepository();

        @Override
        protected SessionRepository sessions() {
            return sessions;
        }

        @Override
        protected UserRepository users() {
            return users;
        }
    }
}
