package dev.parley.persistence.realtime;

import dev.parley.application.testing.contracts.LastSeenRepositoryContract;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.realtime.out.LastSeenRepository;
import dev.parley.persistence.account.JdbiUserRepository;
import dev.parley.persistence.testing.FreshDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The last-seen contract on PostgreSQL with the real migrations. */
class JdbiLastSeenRepositoryIT extends LastSeenRepositoryContract {
    @RegisterExtension
    static final FreshDatabase DATABASE = new FreshDatabase(3);

    @Override
    protected LastSeenRepository lastSeen() {
        return new JdbiLastSeenRepository(DATABASE.database());
    }

    @Override
    protected UserRepository users() {
        return new JdbiUserRepository(DATABASE.database());
    }
}
