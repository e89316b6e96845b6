package dev.parley.bootstrap;

import dagger.Module;
import dagger.Provides;
import dev.parley.application.core.ParleyCore;
import dev.parley.domain.file.in.DeleteFileUseCase;
import dev.parley.domain.file.in.FileLinks;
import dev.parley.domain.file.in.ReadFileUseCase;
import dev.parley.domain.file.in.UploadFileUseCase;
import dev.parley.domain.file.out.LinkSigner;
import dev.parley.http.file.UploadLimit;
import dev.parley.livekit.RecordingStorage;
import dev.parley.security.HmacLinkSigner;
import dev.parley.storage.StorageSettings;
import javax.inject.Singleton;

/**
 * Hands the HTTP adapter the core's file use cases; provides the storage settings, the upload limit, the link signer
 * and where meeting recordings go.
 */
@Module
final class FileServicesModule {
    private FileServicesModule() {
    }

    @Provides
    static StorageSettings storageSettings(ParleyConfig config) {
        return config.storage();
    }

    @Provides
    static UploadLimit uploadLimit(ParleyConfig config) {
        return new UploadLimit(config.files().maxUploadBytes());
    }

    /** File links are signed with the node's JWT secret, so every node accepts the links of every other. */
    @Provides
    @Singleton
    static LinkSigner linkSigner(ParleyConfig config) {
        return new HmacLinkSigner(config.jwt().secret());
    }

    /** Recordings go where Parley keeps files: the egress uploads to the bucket or writes into the directory. */
    @Provides
    static RecordingStorage recordingStorage(StorageSettings storage) {
        return storage.s3().<RecordingStorage>map(s3 -> new RecordingStorage.Bucket(s3.endpoint(), s3.bucket(),
                        s3.region(), s3.accessKey(), s3.secretKey(), s3.pathStyle()))
                .orElseGet(() -> new RecordingStorage.Directory(storage.directory()));
    }

    @Provides
    static UploadFileUseCase upload(ParleyCore core) {
        return core.upload();
    }

    @Provides
    static ReadFileUseCase readFiles(ParleyCore core) {
        return core.readFiles();
    }

    @Provides
    static DeleteFileUseCase deleteFiles(ParleyCore core) {
        return core.deleteFiles();
    }

    @Provides
    static FileLinks fileLinks(ParleyCore core) {
        return core.fileLinks();
    }
}
