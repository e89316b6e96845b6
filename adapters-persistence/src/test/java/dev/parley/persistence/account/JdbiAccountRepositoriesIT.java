package dev.parley.persistence.account;

import com.zaxxer.hikari.HikariDataSource;
import dev.parley.application.testing.contracts.SessionRepositoryContract;
import dev.parley.application.testing.contracts.UserRepositoryContract;
import dev.parley.domain.account.out.SessionRepository;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.DatabaseBootstrap;
import dev.parley.persistence.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;

/** The account repositories on real PostgreSQL with the real migrations. */
class JdbiAccountRepositoriesIT {
    private static final HikariDataSource DATA_SOURCE = DatabaseBootstrap.open(TestDatabases.fresh(), 4);
    private static final Database DATABASE = new Database(DATA_SOURCE);

    @AfterAll
    static void close() {
        DATA_SOURCE.close();
    }

    @Nested
    class Users extends UserRepositoryContract {
        @Override
        protected UserRepository repository() {
            return new JdbiUserRepository(DATABASE);
        }
    }

    @Nested
    class Sessions extends SessionRepositoryContract {
        @Override
        protected SessionRepository sessions() {
            return new JdbiSessionRepository(DATABASE);
        }

        @Override
        protected UserRepository users() {
            return new JdbiUserRepository(DATABASE);
        }
    }
}
