package dev.parley.persistence.realtime;

import com.zaxxer.hikari.HikariDataSource;
import dev.parley.application.testing.contracts.LastSeenRepositoryContract;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.realtime.out.LastSeenRepository;
import dev.parley.persistence.account.JdbiUserRepository;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.DatabaseBootstrap;
import dev.parley.persistence.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The last-seen contract on PostgreSQL with the real migrations. */
class JdbiLastSeenRepositoryIT extends LastSeenRepositoryContract {
    private static HikariDataSource dataSource;
    private static Database database;

    @BeforeAll
    static void openDatabase() {
        dataSource = DatabaseBootstrap.open(TestDatabases.fresh(), 3);
        database = new Database(dataSource);
    }

    @AfterAll
    static void closeDatabase() {
        dataSource.close();
    }

    @Override
    protected LastSeenRepository lastSeen() {
        return new JdbiLastSeenRepository(database);
    }

    @Override
    protected UserRepository users() {
        return new JdbiUserRepository(database);
    }
}
