package dev.parley.persistence.conversation;

import com.zaxxer.hikari.HikariDataSource;
import dev.parley.application.testing.contracts.MembershipQueryContract;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MembershipQuery;
import dev.parley.persistence.account.JdbiUserRepository;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.DatabaseBootstrap;
import dev.parley.persistence.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Who is in which conversation, as real-time fan-out will ask: the membership contract on PostgreSQL. */
class JdbiMembershipQueryIT extends MembershipQueryContract {
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
    protected MembershipQuery memberships() {
        return new JdbiMembershipQuery(database);
    }

    @Override
    protected UserRepository users() {
        return new JdbiUserRepository(database);
    }
}
