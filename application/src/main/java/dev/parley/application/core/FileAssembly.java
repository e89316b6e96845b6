package dev.parley.application.core;

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

/** The file use cases, and the file parts other features lean on (avatars, attachments, byte removal). */
final class FileAssembly {
    final FileLinks links;
    final AdoptStoredBytesUseCase adoptStoredBytes;
    final FileBytes bytes;
    final UploadFileUseCase upload;
    final ReadFileUseCase read;
    final DeleteFileUseCase delete;
    final FileSweeper sweeper;
    final AttachmentRules attachments;
    final AvatarService avatars;

    FileAssembly(Ports ports, FileSettings settings) {
        links = new FileLinkService(ports.linkSigner(), settings, ports.clock());
        adoptStoredBytes = new StoredBytesAdoption(ports.files(), ports.fileStorage());
        bytes = new FileBytes(ports.files(), ports.fileStorage());
        upload = new UploadService(ports.files(), ports.fileStorage(), ports.imageCodec(), settings, ports.clock());
        read = new ReadFileService(ports.files(), ports.fileStorage(), ports.imageCodec(), links, settings);
        delete = new DeleteFileService(ports.files(), bytes, ports.clock());
        sweeper = new FileSweeper(ports.files(), bytes, ports.transactions(), ports.clock());
        attachments = new AttachmentRules(ports.files());
        avatars = new AvatarService(ports.files(), links);
    }
}
