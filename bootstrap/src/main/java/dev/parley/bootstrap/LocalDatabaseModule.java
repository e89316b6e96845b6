package dev.parley.bootstrap;

import dagger.Module;
import dagger.Provides;
import dev.parley.embeddedpostgres.EmbeddedDatabase;
import dev.parley.persistence.LocalPostgres;

/** The development default: without {@code PARLEY_DATABASE_URL}, the node runs the embedded PostgreSQL. */
@Module
final class LocalDatabaseModule {
    private LocalDatabaseModule() {
    }

    @Provides
    static LocalPostgres embeddedPostgres() {
        return dataDirectory -> {
            EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory);
            return new LocalPostgres.Running() {
                @Override
                public String jdbcUrl(String databaseName) {
                    return database.jdbcUrl(databaseName);
                }

                @Override
                public void close() throws Exception {
                    database.close();
                }
            };
        };
    }
}
