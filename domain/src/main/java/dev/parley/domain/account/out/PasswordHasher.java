package dev.parley.domain.account.out;

/** Outgoing port: an adaptive, memory-hard password hash. */
public interface PasswordHasher {
    String hash(String plain);

    boolean matches(String plain, String hash);
}
