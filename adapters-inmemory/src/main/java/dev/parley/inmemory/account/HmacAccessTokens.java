package dev.parley.inmemory.account;

import dev.parley.domain.account.AccessClaims;
import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.AccessTokens;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import dev.parley.inmemory.shared.Hmac;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Signing adapter on the JDK: access tokens {@code base64url(user id, session id, expiry) "." base64url(HMAC-SHA256)},
 * with the JWT adapter's rules (a bad signature is {@code unauthorized}, a token at or after its expiry is
 * {@code token_expired}) and no library. Stateless and thread-safe.
 */
public final class HmacAccessTokens implements AccessTokens {
    /** As long as the JWT adapter's default. */
    public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofMinutes(15);
    private static final int PAYLOAD_BYTES = 40;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;
    private final Duration timeToLive;

    public HmacAccessTokens(byte[] secret) {
        this(secret, DEFAULT_TIME_TO_LIVE);
    }

    public HmacAccessTokens(byte[] secret, Duration timeToLive) {
        this.key = Hmac.derive(secret, "parley access tokens");
        this.timeToLive = timeToLive;
    }

    @Override
    public String issue(UserId userId, SessionId sessionId, Instant now) {
        byte[] payload = ByteBuffer.allocate(PAYLOAD_BYTES)
                .putLong(userId.value().getMostSignificantBits()).putLong(userId.value().getLeastSignificantBits())
                .putLong(sessionId.value().getMostSignificantBits()).putLong(sessionId.value().getLeastSignificantBits())
                .putLong(now.plus(timeToLive).toEpochMilli()).array();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(Hmac.sign(key, payload));
    }

    @Override
    public AccessClaims verify(String token, Instant now) {
        byte[] payload = signedPayload(token);
        ByteBuffer fields = ByteBuffer.wrap(payload);
        UserId userId = new UserId(new UUID(fields.getLong(), fields.getLong()));
        SessionId sessionId = new SessionId(new UUID(fields.getLong(), fields.getLong()));
        Instant expiresAt = Instant.ofEpochMilli(fields.getLong());
        if (!now.isBefore(expiresAt)) {
            throw new ParleyException(ErrorCode.TOKEN_EXPIRED, "the access token has expired");
        }
        return new AccessClaims(userId, sessionId, expiresAt);
    }

    @Override
    public Duration timeToLive() {
        return timeToLive;
    }

    private byte[] signedPayload(String token) {
        int dot = token.indexOf('.');
        try {
            if (dot > 0 && token.length() < 200) {
                byte[] payload = DECODER.decode(token.substring(0, dot));
                byte[] signature = DECODER.decode(token.substring(dot + 1));
                if (payload.length == PAYLOAD_BYTES && Hmac.verify(key, payload, signature)) {
                    return payload;
                }
            }
        } catch (IllegalArgumentException notBase64) {
            // Falls through to the one rejection below: a malformed token says nothing more than a forged one.
        }
        throw ParleyException.unauthorized("the access token is invalid");
    }
}
