package dev.parley.embeddedpostgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server run from bundled binaries, for development without an external database.
 * Its data directory is kept, so data survives restarts, and it runs durable: the embedding library's
 * test defaults ({@code -F}, {@code synchronous_commit=off}) would let a crash take back commits that were
 * already acknowledged to clients, and their {@code seq} with them.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts the server on any free port. */
    public static EmbeddedDatabase start(Path dataDirectory) {
        return start(dataDirectory, 0);
    }

    /**
     * Starts the server on {@code port} ({@code 0} = any free port). A postmaster left running on this data
     * directory by a node that was killed is stopped first, so the start does not wait for a lock it cannot get.
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            StalePostmaster.stopIfRunning(dataDirectory);
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // The library always passes -F (fsync off); a later -c wins, so these make commits durable.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // Parley stops the server itself, after the pool: a hook of its own would race our shutdown.
                    .setRegisterShutdownHook(false)
                    .start());
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDirectory, failure);
        }
    }

    /** A JDBC URL of {@code databaseName} on this server, as its superuser {@code postgres} (trust authentication, local only). */
    public String jdbcUrl(String databaseName) {
        return postgres.getJdbcUrl("postgres", databaseName);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
