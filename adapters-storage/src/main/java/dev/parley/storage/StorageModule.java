package dev.parley.storage;

import dagger.Module;
import dagger.Provides;
import dev.parley.domain.file.out.FileStorage;
import dev.parley.domain.file.out.ImageCodec;
import javax.inject.Singleton;

/** The storage adapter's one public module: bytes in the bucket when one is configured, else the local directory; images. */
@Module
public final class StorageModule {
    private StorageModule() {
    }

    @Provides
    @Singleton
    static FileStorage fileStorage(StorageSettings settings) {
        return settings.s3().<FileStorage>map(s3 -> new S3Storage(s3).ensureBucket())
                .orElseGet(() -> new LocalDiskStorage(settings.directory()));
    }

    @Provides
    @Singleton
    static ImageCodec imageCodec() {
        return new JavaImageIoCodec();
    }
}
