package dev.parley.persistence.account;

import com.zaxxer.hikari.HikariDataSource;
import dev.parley.application.testing.contracts.EmailVerificationRepositoryContract;
import dev.parley.application.testing.contracts.PasswordResetRepositoryContract;
import dev.parley.domain.account.out.EmailVerificationRepository;
import dev.parley.domain.account.out.PasswordResetRepository;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.DatabaseBootstrap;
import dev.parley.persistence.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;

/** E-mail verifications and password resets on real PostgreSQL (InMemoryAccountTokensContractTest). */
class JdbiAccountTokensIT {
    private static final HikariDataSource DATA_SOURCE = DatabaseBootstrap.open(TestDatabases.fresh(), 8);
    private static final Database DATABASE = new Database(DATA_SOURCE);

    @AfterAll
    static void close() {
        DATA_SOURCE.close();
    }

    @Nested
    class Verifications extends EmailVerificationRepositoryContract {
        @Override
        protected EmailVerificationRepository verifications() {
            return new JdbiEmailVerificationRepository(DATABASE);
        }

        @Override
        protected UserRepository users() {
            return new JdbiUserRepository(DATABASE);
        }
    }

    @Nested
    class PasswordResets extends PasswordResetRepositoryContract {
        @Override
        protected PasswordResetRepository resets() {
            return new JdbiPasswordResetRepository(DATABASE);
        }

        @Override
        protected UserRepository users() {
            return new JdbiUserRepository(DATABASE);
        }
    }
}
