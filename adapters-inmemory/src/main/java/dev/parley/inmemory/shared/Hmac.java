package dev.parley.inmemory.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 on the JDK, shared by the in-memory signers (tokens, device proofs, file links). */
public final class Hmac {
    private static final String ALGORITHM = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Hmac() {
    }

    /** A fresh random 32-byte secret, for a core that lives as long as its process (its tokens die with it). */
    public static byte[] randomSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** A key of its own for one purpose, so a signature made for one use is never valid for another. */
    public static byte[] derive(byte[] secret, String purpose) {
        return sign(secret, purpose.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] sign(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(data);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JDK ships " + ALGORITHM, impossible);
        }
    }

    /** Whether {@code signature} is the signature of {@code data}, compared in constant time. */
    public static boolean verify(byte[] key, byte[] data, byte[] signature) {
        return MessageDigest.isEqual(signature, sign(key, data));
    }
}
