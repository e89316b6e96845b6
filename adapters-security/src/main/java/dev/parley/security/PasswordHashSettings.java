package dev.parley.security;

/** Argon2id cost. Production uses OWASP's m=19456 KiB, t=2; tests use far cheaper values. */
public record PasswordHashSettings(int memoryKib, int iterations) {
    public static final PasswordHashSettings PRODUCTION = new PasswordHashSettings(19_456, 2);
}
