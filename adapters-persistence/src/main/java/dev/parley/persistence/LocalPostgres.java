package dev.parley.persistence;

import java.nio.file.Path;

/**
 * What the persistence adapter needs when no database URL is configured: a PostgreSQL server of the node's own,
 * started on a data directory (bootstrap supplies the embedded one, so this module carries no server binaries).
 */
@FunctionalInterface
public interface LocalPostgres {
    /** Starts the server on {@code dataDirectory}, keeping what it holds. */
    Running start(Path dataDirectory);

    /** A started server; closed after the pool that uses it. */
    interface Running extends AutoCloseable {
        String jdbcUrl(String databaseName);
    }

    /** For setups that always configure a database URL: starting a local server is a configuration error. */
    static LocalPostgres none() {
        return dataDirectory -> {
            throw new IllegalStateException("no database URL is configured and no local PostgreSQL is available");
        };
    }
}
