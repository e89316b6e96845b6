package dev.parley.storage;

import dagger.Module;
import dagger.Provides;
import dev.parley.domain.file.out.FileStorage;
import javax.inject.Singleton;

/** The storage adapter's one public module: the bucket when one is configured, else the local directory. */
@Module
public final class StorageModule {
    private StorageModule() {
    }

    @Provides
    @Singleton
    static FileStorage fileStorage(StorageSettings settings) {
        return new LocalDiskStorage(settings.directory());
    }
}
