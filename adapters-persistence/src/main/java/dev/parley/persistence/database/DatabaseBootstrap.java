package dev.parley.persistence.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;

/** Creates the database when missing, opens the pool, applies the Flyway migrations and builds JDBI. */
public final class DatabaseBootstrap {
    /** How long a request waits for a pooled connection before it is answered 503. */
    public static final Duration CONNECTION_ACQUIRE_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(1);
    /**
     * The longest a request-path statement may wait on the server's socket: our statements take milliseconds, and a
     * stalled server must not hold a request (or the send writer) for ever.
     */
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(5);

    private DatabaseBootstrap() {
    }

    /** The pool of the request paths: statements bounded by {@link #SOCKET_TIMEOUT}. */
    public static HikariDataSource open(ConnectionTarget target, int poolSize) {
        return open(target, poolSize, SOCKET_TIMEOUT);
    }

    /**
     * A pool whose statements may wait on the server's socket up to {@code socketTimeout} ({@link Duration#ZERO}:
     * without bound, for bulk work that is no request path, such as loading test data).
     */
    public static HikariDataSource open(ConnectionTarget target, int poolSize, Duration socketTimeout) {
        createIfMissing(target);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.jdbcUrl());
        if (target.user() != null) {
            config.setUsername(target.user());
        }
        if (target.password() != null) {
            config.setPassword(target.password());
        }
        // PostgreSQL echoes the failing row in error details: keep bound values out of exception messages.
        config.addDataSourceProperty("logServerErrorDetail", "false");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("parley");
        config.setInitializationFailTimeout(-1);
        // Requests must not wait out an outage: a server that is down or stalled costs a request a few seconds
        // and a 503 (SqlStates), never the pool's default 30 s or a read that blocks for ever.
        config.setConnectionTimeout(CONNECTION_ACQUIRE_TIMEOUT.toMillis());
        config.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        config.addDataSourceProperty("connectTimeout", "2");
        config.addDataSourceProperty("loginTimeout", "3");
        config.addDataSourceProperty("socketTimeout", Long.toString(socketTimeout.toSeconds()));
        HikariDataSource dataSource = new HikariDataSource(config);
        migrate(target);
        return dataSource;
    }

    /** Migrations run on a connection of their own, without the request paths' socket timeout. */
    private static void migrate(ConnectionTarget target) {
        migrations().dataSource(target.jdbcUrl(), target.user(), target.password()).connectRetries(10).load()
                .migrate();
    }

    /** Applies the migrations (the {@code migrations} module's scripts) through a DataSource an embedder owns. */
    public static void migrate(javax.sql.DataSource dataSource) {
        migrations().dataSource(dataSource).load().migrate();
    }

    private static FluentConfiguration migrations() {
        return Flyway.configure().locations("classpath:db/migration");
    }

    public static Jdbi jdbi(javax.sql.DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
        // Bound values include password hashes, token digests and mail bodies with codes: failures that
        // reach a log line carry the statement, never its arguments.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(failure -> failure.getShortMessage()
                + " [statement: " + (failure.getStatementContext() == null ? "?"
                        : failure.getStatementContext().getRawSql()) + "]");
        return jdbi;
    }

    public static void createIfMissing(ConnectionTarget target) {
        ConnectionTarget maintenance = target.maintenance();
        Properties properties = new Properties();
        if (maintenance.user() != null) {
            properties.setProperty("user", maintenance.user());
        }
        if (maintenance.password() != null) {
            properties.setProperty("password", maintenance.password());
        }
        try (Connection connection = DriverManager.getConnection(maintenance.jdbcUrl(), properties);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, target.databaseName());
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE \"" + target.databaseName().replace("\"", "\"\"") + "\"");
            }
        } catch (SQLException failure) {
            if (!"42P04".equals(failure.getSQLState())) {
                throw new IllegalStateException("cannot reach or create database " + target.databaseName()
                        + ": " + failure.getMessage(), failure);
            }
        }
    }
}
