package dev.parley.persistence.conversation;

import com.zaxxer.hikari.HikariDataSource;
import dev.parley.application.conversation.fakes.MessageRepositoryContract;
import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.DatabaseBootstrap;
import dev.parley.persistence.testing.TestDatabases;
import dev.parley.persistence.testing.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The conversation and message contract on PostgreSQL with the real Flyway scripts. */
class JdbiConversationRepositoriesIT extends MessageRepositoryContract {
    private static HikariDataSource dataSource;
    private static Database database;

    @BeforeAll
    static void openDatabase() {
        dataSource = DatabaseBootstrap.open(TestDatabases.fresh(), 5);
        database = new Database(dataSource);
    }

    @AfterAll
    static void closeDatabase() {
        dataSource.close();
    }

    @Override
    protected ConversationRepository conversations() {
        return new JdbiConversationRepository(database);
    }

    @Override
    protected MessageRepository messages() {
        return new JdbiMessageRepository(database);
    }

    @Override
    protected UserId newUser() {
        return TestUsers.create(database);
    }
}
