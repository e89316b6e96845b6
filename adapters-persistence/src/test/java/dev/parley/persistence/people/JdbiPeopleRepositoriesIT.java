package dev.parley.persistence.people;

import com.zaxxer.hikari.HikariDataSource;
import dev.parley.application.testing.contracts.BlockRepositoryContract;
import dev.parley.application.testing.contracts.ContactRepositoryContract;
import dev.parley.application.testing.contracts.ContactRequestRepositoryContract;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.people.out.BlockRepository;
import dev.parley.domain.people.out.ContactRepository;
import dev.parley.domain.people.out.ContactRequestRepository;
import dev.parley.persistence.account.JdbiUserRepository;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.DatabaseBootstrap;
import dev.parley.persistence.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;

/** Blocks, contacts and contact requests on real PostgreSQL with the real migrations (InMemoryPeopleContractTest). */
class JdbiPeopleRepositoriesIT {
    private static final HikariDataSource DATA_SOURCE = DatabaseBootstrap.open(TestDatabases.fresh(), 8);
    private static final Database DATABASE = new Database(DATA_SOURCE);

    @AfterAll
    static void close() {
        DATA_SOURCE.close();
    }

    @Nested
    class Blocks extends BlockRepositoryContract {
        @Override
        protected BlockRepository blocks() {
            return new JdbiBlockRepository(DATABASE);
        }

        @Override
        protected UserRepository users() {
            return new JdbiUserRepository(DATABASE);
        }
    }

    @Nested
    class Contacts extends ContactRepositoryContract {
        @Override
        protected ContactRepository contacts() {
            return new JdbiContactRepository(DATABASE);
        }

        @Override
        protected UserRepository users() {
            return new JdbiUserRepository(DATABASE);
        }
    }

    @Nested
    class ContactRequests extends ContactRequestRepositoryContract {
        @Override
        protected ContactRequestRepository requests() {
            return new JdbiContactRequestRepository(DATABASE);
        }

        @Override
        protected UserRepository users() {
            return new JdbiUserRepository(DATABASE);
        }
    }
}
