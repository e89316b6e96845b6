package dev.parley.persistence.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server run from bundled binaries, for development without an external database.
 * Its data directory is kept, so data survives restarts.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // Parley stops the server itself, after the pool: a hook of its own would race our shutdown.
                    .setRegisterShutdownHook(false)
                    .start());
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDirectory, failure);
        }
    }

    public ConnectionTarget target(String databaseName) {
        return ConnectionTarget.parse(postgres.getJdbcUrl("postgres", databaseName));
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
