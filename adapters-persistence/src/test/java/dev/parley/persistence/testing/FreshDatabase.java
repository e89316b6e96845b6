package dev.parley.persistence.testing;

import com.zaxxer.hikari.HikariDataSource;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.DatabaseBootstrap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One fresh, migrated database per test class, closed after it:
 * {@code @RegisterExtension static final FreshDatabase DATABASE = new FreshDatabase(5);}, then
 * {@code DATABASE.database()} in field initialisers and tests.
 */
public final class FreshDatabase implements BeforeAllCallback, AfterAllCallback {
    private final int poolSize;
    private HikariDataSource dataSource;
    private Database database;

    public FreshDatabase(int poolSize) {
        this.poolSize = poolSize;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        dataSource = DatabaseBootstrap.open(TestDatabases.fresh(), poolSize);
        database = new Database(dataSource);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        dataSource.close();
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    public Database database() {
        return database;
    }
}
