package dev.parley.persistence.testing;

import dev.parley.embeddedpostgres.EmbeddedDatabase;
import dev.parley.persistence.database.ConnectionTarget;
import dev.parley.persistence.database.DatabaseBootstrap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Fresh, empty databases for tests on a real PostgreSQL: the server named by
 * {@code PARLEY_TEST_DATABASE_URL} (CI points it at a throw-away database; tests create siblings named
 * after it), else a Testcontainers PostgreSQL when a Docker engine answers, else an embedded
 * PostgreSQL started once per JVM from real binaries.
 */
public final class TestDatabases {
    private static ConnectionTarget base;

    private TestDatabases() {
    }

    /** A new database, created but not yet migrated (the code under test migrates it, as production does). */
    public static synchronized ConnectionTarget fresh() {
        ConnectionTarget server = base();
        String name = server.databaseName() + "_" + UUID.randomUUID().toString().substring(0, 8);
        ConnectionTarget target = server.withDatabase(name);
        DatabaseBootstrap.createIfMissing(target);
        return target;
    }

    /** The URL form accepted by {@code PARLEY_DATABASE_URL}. */
    public static String freshUrl() {
        ConnectionTarget target = fresh();
        String url = target.jdbcUrl();
        if (target.user() != null && !url.contains("user=")) {
            url += (url.contains("?") ? "&" : "?") + "user=" + target.user();
            if (target.password() != null) {
                url += "&password=" + target.password();
            }
        }
        return url;
    }

    private static ConnectionTarget base() {
        if (base == null) {
            String configured = System.getenv("PARLEY_TEST_DATABASE_URL");
            base = configured != null && !configured.isBlank()
                    ? ConnectionTarget.parse(configured)
                    : DockerClientFactory.instance().isDockerAvailable() ? container() : embedded();
        }
        return base;
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
    private static ConnectionTarget container() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
        container.start();
        return ConnectionTarget.parse(container.getJdbcUrl() + "&user=" + container.getUsername()
                + "&password=" + container.getPassword());
    }

    private static ConnectionTarget embedded() {
        try {
            EmbeddedDatabase database = EmbeddedDatabase.start(Files.createTempDirectory("parley-test-pg"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    database.close();
                } catch (IOException ignored) {
                    // the JVM is exiting anyway
                }
            }));
            return ConnectionTarget.parse(database.jdbcUrl("parley_test"));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
