package dev.parley.domain.file.out;

import dev.parley.domain.file.ImageSize;
import java.io.InputStream;
import java.util.Optional;

/** Outgoing port: reads image headers and makes thumbnails, without ever holding a full-size decoded image. */
public interface ImageCodec {
    /** The dimensions in the header; empty when the bytes are no image this codec reads. */
    Optional<ImageSize> probe(InputStream bytes);

    /**
     * A thumbnail no larger than {@code box}×{@code box}, aspect kept, as PNG ({@code png}) or JPEG; empty when
     * the bytes cannot be decoded. {@code source} is the size {@link #probe} found.
     */
    Optional<byte[]> thumbnail(InputStream bytes, ImageSize source, int box, boolean png);
}
