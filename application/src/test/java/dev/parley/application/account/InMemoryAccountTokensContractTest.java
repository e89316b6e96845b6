package dev.parley.application.account;

import dev.parley.application.testing.contracts.EmailVerificationRepositoryContract;
import dev.parley.application.testing.contracts.PasswordResetRepositoryContract;
import dev.parley.domain.account.out.EmailVerificationRepository;
import dev.parley.domain.account.out.PasswordResetRepository;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.inmemory.account.InMemoryEmailVerificationRepository;
import dev.parley.inmemory.account.InMemoryPasswordResetRepository;
import dev.parley.inmemory.account.InMemoryUserRepository;
import org.junit.jupiter.api.Nested;

/** The verification and password-reset fakes honour the PostgreSQL adapters' contracts (JdbiAccountTokensIT). */
class InMemoryAccountTokensContractTest {
    @Nested
    class Verifications extends EmailVerificationRepositoryContract {
        private final InMemoryUserRepository users = new InMemoryUserRepository();
        private final InMemoryEmailVerificationRepository verifications = new InMemoryEmailVerificationRepository();

        @Override
        protected EmailVerificationRepository verifications() {
            return verifications;
        }

        @Override
        protected UserRepository users() {
            return users;
        }
    }

    @Nested
    class PasswordResets extends PasswordResetRepositoryContract {
        private final InMemoryUserRepository users = new InMemoryUserRepository();
        private final InMemoryPasswordResetRepository resets = new InMemoryPasswordResetRepository();

        @Override
        protected PasswordResetRepository resets() {
            return resets;
        }

        @Override
        protected UserRepository users() {
            return users;
        }
    }
}
