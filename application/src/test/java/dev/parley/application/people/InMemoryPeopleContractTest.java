package dev.parley.application.people;

import dev.parley.application.testing.contracts.BlockRepositoryContract;
import dev.parley.application.testing.contracts.ContactRepositoryContract;
import dev.parley.application.testing.contracts.ContactRequestRepositoryContract;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.people.out.BlockRepository;
import dev.parley.domain.people.out.ContactRepository;
import dev.parley.domain.people.out.ContactRequestRepository;
import dev.parley.inmemory.account.InMemoryUserRepository;
import dev.parley.inmemory.people.InMemoryBlockRepository;
import dev.parley.inmemory.people.InMemoryContactRepository;
import dev.parley.inmemory.people.InMemoryContactRequestRepository;
import org.junit.jupiter.api.Nested;

/** The people fakes honour the same contracts as the PostgreSQL adapters (JdbiPeopleRepositoriesIT). */
class InMemoryPeopleContractTest {
    @Nested
    class Blocks extends BlockRepositoryContract {
        private final InMemoryUserRepository users = new InMemoryUserRepository();
        private final InMemoryBlockRepository blocks = new InMemoryBlockRepository(users);

        @Override
        protected BlockRepository blocks() {
            return blocks;
        }

        @Override
        protected UserRepository users() {
            return users;
        }
    }

    @Nested
    class Contacts extends ContactRepositoryContract {
        private final InMemoryUserRepository users = new InMemoryUserRepository();
        private final InMemoryContactRepository contacts = new InMemoryContactRepository(users);

        @Override
        protected ContactRepository contacts() {
            return contacts;
        }

        @Override
        protected UserRepository users() {
            return users;
        }
    }

    @Nested
    class ContactRequests extends ContactRequestRepositoryContract {
        private final InMemoryUserRepository users = new InMemoryUserRepository();
        private final InMemoryContactRequestRepository requests = new InMemoryContactRequestRepository();

        @Override
        protected ContactRequestRepository requests() {
            return requests;
        }

        @Override
        protected UserRepository users() {
            return users;
        }
    }
}
