package dev.parley.domain.file.in;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.FileId;
import dev.parley.domain.file.StoredFile;
import java.io.InputStream;

/**
 * Use case: who may read a file, and its bytes. A file the caller may not read is "not found" (existence is
 * never leaked); a bad or expired signed link is "forbidden".
 */
public interface ReadFileUseCase {
    /** The file as {@code caller} may see it: the uploader, participants where it is attached, anyone for avatars. */
    StoredFile describe(UserId caller, FileId id);

    /** The file a signed link names, when the link is genuine and still valid. */
    StoredFile describeByLink(FileId id, String expires, String signature);

    /** Bytes {@code offset}..{@code offset + length - 1} of a file {@link #describe} returned. */
    InputStream open(StoredFile file, long offset, long length);

    /** A JPEG or PNG of the image no larger than {@code size}×{@code size}, made once and kept; 404 for non-images. */
    Thumbnail thumbnail(StoredFile file, int size);

    /** A generated thumbnail's type and bytes. */
    record Thumbnail(String contentType, byte[] bytes) {
    }
}
