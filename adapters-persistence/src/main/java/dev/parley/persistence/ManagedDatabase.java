package dev.parley.persistence;

import com.zaxxer.hikari.HikariDataSource;
import dev.parley.domain.shared.HealthCheck;
import dev.parley.persistence.conversation.SearchIndexMaintenance;
import dev.parley.persistence.database.ConnectionTarget;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.DatabaseBootstrap;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the pool (and the embedded server, when used) and the search index's background merge: started once,
 * migrated, closed at shutdown.
 */
public final class ManagedDatabase implements AutoCloseable, HealthCheck {
    private static final Logger LOG = LoggerFactory.getLogger(ManagedDatabase.class);

    private final LocalPostgres.Running embedded;
    private final HikariDataSource dataSource;
    private final Database database;
    private final SearchIndexMaintenance searchIndex;

    private ManagedDatabase(LocalPostgres.Running embedded, HikariDataSource dataSource) {
        this.embedded = embedded;
        this.dataSource = dataSource;
        this.database = new Database(dataSource);
        this.searchIndex = SearchIndexMaintenance.start(dataSource, SearchIndexMaintenance.DEFAULT_INTERVAL);
    }

    /** The configured database; {@code settings} must name one. */
    public static ManagedDatabase start(PersistenceSettings settings) {
        return start(settings, LocalPostgres.none());
    }

    /** The configured database, or, without a URL, {@code local} started in the data directory. */
    public static ManagedDatabase start(PersistenceSettings settings, LocalPostgres local) {
        if (settings.databaseUrl().isPresent()) {
            ConnectionTarget target = ConnectionTarget.parse(settings.databaseUrl().get());
            LOG.info("using PostgreSQL at {}", target);
            return new ManagedDatabase(null, DatabaseBootstrap.open(target, settings.poolSize()));
        }
        var directory = settings.dataDirectory().resolve("postgres");
        LOG.info("PARLEY_DATABASE_URL is unset: starting an embedded PostgreSQL in {}", directory);
        LocalPostgres.Running embedded = local.start(directory);
        return new ManagedDatabase(embedded, DatabaseBootstrap.open(ConnectionTarget.parse(embedded.jdbcUrl("parley")),
                settings.poolSize()));
    }

    public Database database() {
        return database;
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public boolean isHealthy() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException unavailable) {
            return false;
        }
    }

    @Override
    public void close() throws Exception {
        searchIndex.close();
        dataSource.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
