package dev.parley.persistence.people;

import com.zaxxer.hikari.HikariDataSource;
import dev.parley.application.testing.contracts.ChangeFeedContract;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.call.out.CallRepository;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.people.out.ContactRequestRepository;
import dev.parley.domain.realtime.out.ChangeFeed;
import dev.parley.persistence.account.JdbiUserRepository;
import dev.parley.persistence.call.JdbiCallRepository;
import dev.parley.persistence.conversation.JdbiConversationRepository;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.DatabaseBootstrap;
import dev.parley.persistence.realtime.JdbiChangeFeed;
import dev.parley.persistence.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;

/**
 * The change feed on real PostgreSQL (InMemoryChangeFeedContractTest). It lives in this package because the
 * contact-request adapter it reads through is package-private here.
 */
class JdbiChangeFeedIT extends ChangeFeedContract {
    private static final HikariDataSource DATA_SOURCE = DatabaseBootstrap.open(TestDatabases.fresh(), 4);
    private static final Database DATABASE = new Database(DATA_SOURCE);

    @AfterAll
    static void close() {
        DATA_SOURCE.close();
    }

    @Override
    protected ChangeFeed feed() {
        return new JdbiChangeFeed(DATABASE);
    }

    @Override
    protected UserRepository users() {
        return new JdbiUserRepository(DATABASE);
    }

    @Override
    protected ConversationRepository conversations() {
        return new JdbiConversationRepository(DATABASE);
    }

    @Override
    protected ContactRequestRepository requests() {
        return new JdbiContactRequestRepository(DATABASE);
    }

    @Override
    protected CallRepository calls() {
        return new JdbiCallRepository(DATABASE);
    }
}
