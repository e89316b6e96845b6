package dev.parley.http.auth;

import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.KnownDevices;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP adapter: device proofs as {@code base64url(user id, issued-at) "." base64url(HMAC-SHA256)} under a key
 * derived from the token secret, so nothing is stored and every node can check them. Valid for {@link #VALIDITY}.
 */
public final class HmacKnownDevices implements KnownDevices {
    static final Duration VALIDITY = Duration.ofDays(90);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public HmacKnownDevices(JwtSettings settings) {
        // A key of its own: a device proof must never be mistaken for anything signed with the token key.
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(settings.secret(), "HmacSHA256"),
                "parley known device".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
    }

    @Override
    public String vouchFor(UserId user, Instant now) {
        byte[] payload = ByteBuffer.allocate(24).putLong(user.value().getMostSignificantBits())
                .putLong(user.value().getLeastSignificantBits()).putLong(now.getEpochSecond()).array();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(hmac(key, payload));
    }

    @Override
    public boolean vouches(String proof, UserId user, Instant now) {
        int dot = proof.indexOf('.');
        if (dot < 0 || proof.length() > 200) {
            return false;
        }
        try {
            byte[] payload = DECODER.decode(proof.substring(0, dot));
            byte[] signature = DECODER.decode(proof.substring(dot + 1));
            if (payload.length != 24 || !MessageDigest.isEqual(signature, hmac(key, payload))) {
                return false;
            }
            ByteBuffer fields = ByteBuffer.wrap(payload);
            UUID owner = new UUID(fields.getLong(), fields.getLong());
            Instant issuedAt = Instant.ofEpochSecond(fields.getLong());
            return owner.equals(user.value()) && !issuedAt.isAfter(now) && now.isBefore(issuedAt.plus(VALIDITY));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JDK ships HmacSHA256", impossible);
        }
    }
}
