package dev.parley.bootstrap;

import dagger.Module;
import dagger.Provides;
import dev.parley.application.file.AttachmentRules;
import dev.parley.application.file.AvatarService;
import dev.parley.application.file.DeleteFileService;
import dev.parley.application.file.FileBytes;
import dev.parley.application.file.FileLinkService;
import dev.parley.application.file.FileSettings;
import dev.parley.application.file.FileSweeper;
import dev.parley.application.file.ReadFileService;
import dev.parley.application.file.StoredBytesAdoption;
import dev.parley.application.file.UploadService;
import dev.parley.domain.file.in.AdoptStoredBytesUseCase;
import dev.parley.domain.file.in.DeleteFileUseCase;
import dev.parley.domain.file.in.FileLinks;
import dev.parley.domain.file.in.ReadFileUseCase;
import dev.parley.domain.file.in.UploadFileUseCase;
import dev.parley.domain.file.out.FileRepository;
import dev.parley.domain.file.out.FileStorage;
import dev.parley.domain.file.out.ImageCodec;
import dev.parley.security.HmacLinkSigner;
import dev.parley.domain.shared.Transactions;
import dev.parley.http.file.UploadLimit;
import dev.parley.livekit.RecordingStorage;
import dev.parley.storage.StorageSettings;
import java.time.Clock;
import javax.inject.Singleton;

/** Wires the file use cases to the metadata repository and the byte storage. */
@Module
final class FileServicesModule {
    private FileServicesModule() {
    }

    @Provides
    static FileSettings fileSettings(ParleyConfig config) {
        return config.files();
    }

    @Provides
    static StorageSettings storageSettings(ParleyConfig config) {
        return config.storage();
    }

    @Provides
    static UploadLimit uploadLimit(FileSettings settings) {
        return new UploadLimit(settings.maxUploadBytes());
    }

    @Provides
    @Singleton
    static FileLinks fileLinks(ParleyConfig config, FileSettings settings, Clock clock) {
        return new FileLinkService(new HmacLinkSigner(config.jwt().secret()), settings, clock);
    }

    @Provides
    @Singleton
    static AdoptStoredBytesUseCase adoptStoredBytes(FileRepository files, FileStorage storage) {
        return new StoredBytesAdoption(files, storage);
    }

    /** Meeting recordings go where Parley keeps files: the egress uploads to the bucket or writes into the directory. */
    @Provides
    static RecordingStorage recordingStorage(StorageSettings storage) {
        return storage.s3().<RecordingStorage>map(s3 -> new RecordingStorage.Bucket(s3.endpoint(), s3.bucket(),
                        s3.region(), s3.accessKey(), s3.secretKey(), s3.pathStyle()))
                .orElseGet(() -> new RecordingStorage.Directory(storage.directory()));
    }

    @Provides
    @Singleton
    static FileBytes fileBytes(FileRepository files, FileStorage storage) {
        return new FileBytes(files, storage);
    }

    @Provides
    @Singleton
    static UploadFileUseCase upload(FileRepository files, FileStorage storage, ImageCodec images, FileSettings settings,
                                    Clock clock) {
        return new UploadService(files, storage, images, settings, clock);
    }

    @Provides
    @Singleton
    static ReadFileUseCase readFiles(FileRepository files, FileStorage storage, ImageCodec images, FileLinks links,
                                     FileSettings settings) {
        return new ReadFileService(files, storage, images, links, settings);
    }

    @Provides
    @Singleton
    static DeleteFileUseCase deleteFiles(FileRepository files, FileBytes bytes, Clock clock) {
        return new DeleteFileService(files, bytes, clock);
    }

    @Provides
    @Singleton
    static FileSweeper fileSweeper(FileRepository files, FileBytes bytes, Transactions transactions, Clock clock) {
        return new FileSweeper(files, bytes, transactions, clock);
    }

    @Provides
    @Singleton
    static AttachmentRules attachmentRules(FileRepository files) {
        return new AttachmentRules(files);
    }

    @Provides
    @Singleton
    static AvatarService avatars(FileRepository files, FileLinks links) {
        return new AvatarService(files, links);
    }
}
