package dev.parley.inmemory.account;

import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.KnownDevices;
import dev.parley.inmemory.shared.Hmac;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Signing adapter on the JDK: device proofs {@code base64url(user id, issued-at) "." base64url(HMAC-SHA256)} under a
 * key of their own, so nothing is stored; valid for {@link #VALIDITY}, like the HTTP adapter's proofs.
 */
public final class HmacKnownDevices implements KnownDevices {
    public static final Duration VALIDITY = Duration.ofDays(90);
    private static final int PAYLOAD_BYTES = 24;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;

    public HmacKnownDevices(byte[] secret) {
        // A key of its own: a device proof must never be mistaken for anything signed with the token key.
        this.key = Hmac.derive(secret, "parley known device");
    }

    @Override
    public String vouchFor(UserId user, Instant now) {
        byte[] payload = ByteBuffer.allocate(PAYLOAD_BYTES).putLong(user.value().getMostSignificantBits())
                .putLong(user.value().getLeastSignificantBits()).putLong(now.getEpochSecond()).array();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(Hmac.sign(key, payload));
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
            if (payload.length != PAYLOAD_BYTES || !Hmac.verify(key, payload, signature)) {
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
}
