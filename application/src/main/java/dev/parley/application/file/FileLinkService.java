package dev.parley.application.file;

import dev.parley.domain.file.FileId;
import dev.parley.domain.file.in.FileLinks;
import dev.parley.domain.file.out.LinkSigner;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;

/**
 * Signs and checks file links: a keyed signature ({@link LinkSigner}, HMAC-SHA256) over {@code id|exp},
 * compared in constant time. Expiry times are rounded up to a tenth of the link's life, so one file keeps the same URL for
 * a while and browsers can cache it, and every link still lives at least its configured time.
 */
public final class FileLinkService implements FileLinks {
    private static final String FILES = "/api/v1/files/";

    private final LinkSigner signer;
    private final long ttlSeconds;
    private final Clock clock;

    public FileLinkService(LinkSigner signer, FileSettings settings, Clock clock) {
        this.signer = signer;
        this.ttlSeconds = Math.max(1, settings.linkTtl().toSeconds());
        this.clock = clock;
    }

    @Override
    public String fileUrl(FileId id) {
        long step = Math.max(1, ttlSeconds / 10);
        long expires = ((clock.instant().getEpochSecond() + ttlSeconds) / step + 1) * step;
        String exp = Long.toString(expires);
        return FILES + id + "?exp=" + exp + "&sig=" + sign(id, exp);
    }

    @Override
    public String avatarUrl(FileId id) {
        return FILES + id + "/thumbnail?size=" + AVATAR_SIZE + "&exp=" + AVATAR + "&sig=" + sign(id, AVATAR);
    }

    @Override
    public Verdict verify(FileId id, String expires, String signature) {
        if (expires == null || signature == null || expires.length() > 20 || signature.length() > 64) {
            return Verdict.INVALID;
        }
        boolean genuine = MessageDigest.isEqual(sign(id, expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
        if (!genuine) {
            return Verdict.INVALID;
        }
        if (AVATAR.equals(expires)) {
            return Verdict.AVATAR;
        }
        try {
            return Long.parseLong(expires) >= clock.instant().getEpochSecond() ? Verdict.VALID : Verdict.INVALID;
        } catch (NumberFormatException malformed) {
            return Verdict.INVALID;
        }
    }

    private String sign(FileId id, String expires) {
        return signer.sign(id + "|" + expires);
    }
}
