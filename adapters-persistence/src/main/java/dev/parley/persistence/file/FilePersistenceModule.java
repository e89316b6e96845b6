package dev.parley.persistence.file;

import dagger.Module;
import dagger.Provides;
import dev.parley.domain.file.out.FileRepository;
import dev.parley.persistence.database.Database;
import javax.inject.Singleton;

/** PostgreSQL adapter of file metadata. */
@Module
public final class FilePersistenceModule {
    private FilePersistenceModule() {
    }

    @Provides
    @Singleton
    static FileRepository files(Database database) {
        return new JdbiFileRepository(database);
    }
}
