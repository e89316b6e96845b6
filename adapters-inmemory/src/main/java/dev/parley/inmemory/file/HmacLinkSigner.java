package dev.parley.inmemory.file;

import dev.parley.domain.file.out.LinkSigner;
import dev.parley.inmemory.shared.Hmac;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Signing adapter on the JDK: HMAC-SHA256 of a link's payload with a key derived from the server secret (its own
 * key, not the secret itself), as unpadded URL-safe Base64: the same signatures as the security adapter's signer.
 */
public final class HmacLinkSigner implements LinkSigner {
    private final byte[] key;

    public HmacLinkSigner(byte[] serverSecret) {
        this.key = Hmac.derive(serverSecret, "parley file links");
    }

    @Override
    public String sign(String payload) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Hmac.sign(key, payload.getBytes(StandardCharsets.UTF_8)));
    }
}
