package dev.parley.persistence;

import java.nio.file.Path;
import java.util.Optional;

/** Configuration of the persistence adapter: an external server URL, or the embedded one's data directory. */
public record PersistenceSettings(Optional<String> databaseUrl, Path dataDirectory, int poolSize) {
    @Override
    public String toString() {
        return "PersistenceSettings[databaseUrl=" + databaseUrl.map(url -> "(set)").orElse("(embedded)")
                + ", dataDirectory=" + dataDirectory + ", poolSize=" + poolSize + "]";
    }
}
