package dev.parley.security;

import dev.parley.domain.file.out.LinkSigner;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signing adapter: HMAC-SHA256 of a link's payload with a key derived from the server secret (its own key,
 * not the token key itself), as unpadded URL-safe Base64.
 */
public final class HmacLinkSigner implements LinkSigner {
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    /** {@code serverSecret} is the JWT secret; the link key is derived from it, so every node agrees. */
    public HmacLinkSigner(byte[] serverSecret) {
        this.key = new SecretKeySpec(mac(new SecretKeySpec(serverSecret, ALGORITHM), "parley file links"), ALGORITHM);
    }

    @Override
    public String sign(String payload) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, payload));
    }

    private static byte[] mac(SecretKeySpec key, String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JDK ships " + ALGORITHM, impossible);
        }
    }
}
