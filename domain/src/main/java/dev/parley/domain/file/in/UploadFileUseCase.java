package dev.parley.domain.file.in;

import dev.parley.domain.account.UserId;
import dev.parley.domain.file.StoredFile;
import java.io.InputStream;

/**
 * Use case: store a stream as a file owned by a user (uploads, and any feature that produces files, such as
 * meeting recordings). The bytes stream to storage while their size and SHA-256 are computed; memory stays
 * bounded whatever the size.
 */
@FunctionalInterface
public interface UploadFileUseCase {
    StoredFile upload(Command command);

    /**
     * {@code declaredLength} is the length the client announced (null when unknown): an upload announced larger
     * than the limit is refused before a byte is read. {@code content} is read to its end, not closed.
     */
    record Command(UserId owner, String name, String contentType, Long declaredLength, InputStream content) {
    }
}
