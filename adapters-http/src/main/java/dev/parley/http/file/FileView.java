package dev.parley.http.file;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parley.domain.file.StoredFile;
import dev.parley.domain.file.in.FileLinks;
import java.time.Instant;

/** The wire form of a file; {@code width}/{@code height} only for images; {@code url} a signed link. */
public record FileView(String id, String name, String contentType, long size, String sha256, String url,
                       Instant createdAt,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Integer width,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Integer height) {
    public static FileView from(StoredFile file, FileLinks links) {
        return new FileView(file.id().toString(), file.name(), file.contentType(), file.size(), file.sha256(),
                links.fileUrl(file.id()), file.createdAt(), file.width(), file.height());
    }
}
