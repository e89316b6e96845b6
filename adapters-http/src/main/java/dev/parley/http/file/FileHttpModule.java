package dev.parley.http.file;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import dev.parley.domain.account.in.AuthenticateUseCase;
import dev.parley.domain.file.in.DeleteFileUseCase;
import dev.parley.domain.file.in.FileLinks;
import dev.parley.domain.file.in.ReadFileUseCase;
import dev.parley.domain.file.in.UploadFileUseCase;
import dev.parley.http.server.RouteGroup;

/** HTTP routes of files. */
@Module
public final class FileHttpModule {
    private FileHttpModule() {
    }

    @Provides
    @IntoSet
    static RouteGroup fileRoutes(UploadFileUseCase upload, ReadFileUseCase read, DeleteFileUseCase delete,
                                 FileLinks links, AuthenticateUseCase authenticate,
                                 UploadLimit limit) {
        return new FileRoutes(upload, read, delete, links, authenticate, limit.bytes());
    }
}
