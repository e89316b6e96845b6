package dev.parley.domain.file.in;

import dev.parley.domain.file.FileId;

/**
 * Use case: signed links to files, usable without an access token (so {@code <img src>} works): an HMAC over
 * the id and the expiry. Avatar links carry {@code exp=avatar} instead of a time: they stay valid while the
 * file is an avatar, so profile pictures keep one cacheable URL.
 */
public interface FileLinks {
    String AVATAR = "avatar";
    int AVATAR_SIZE = 256;

    /** {@code /api/v1/files/{id}?exp=…&sig=…}, valid for the configured time. */
    String fileUrl(FileId id);

    /** The thumbnail link of an avatar. */
    String avatarUrl(FileId id);

    /** What a presented link proves. */
    Verdict verify(FileId id, String expires, String signature);

    /** A genuine, unexpired link; a genuine avatar link (valid while the file is an avatar); or nothing. */
    enum Verdict { VALID, AVATAR, INVALID }
}
