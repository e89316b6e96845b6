package dev.parley.application.testing;

import dev.parley.domain.account.out.PasswordHasher;

/** A reversible stand-in for Argon2 (tests only): fast, and distinguishable from the plain text. */
public final class PlainPasswordHasher implements PasswordHasher {
    @Override
    public String hash(String plain) {
        return "hashed:" + plain;
    }

    @Override
    public boolean matches(String plain, String hash) {
        return hash.equals("hashed:" + plain);
    }
}
