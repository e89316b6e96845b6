package dev.parley.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import dev.parley.domain.account.out.PasswordHasher;

/**
 * Security adapter: Argon2id through password4j. Hashes are self-describing PHC strings, so raising
 * the cost later still verifies old hashes.
 */
public final class Argon2PasswordHasher implements PasswordHasher {
    private static final int PARALLELISM = 1;
    private static final int OUTPUT_LENGTH = 32;

    private final Argon2Function function;

    public Argon2PasswordHasher(PasswordHashSettings settings) {
        this.function = Argon2Function.getInstance(settings.memoryKib(), settings.iterations(), PARALLELISM,
                OUTPUT_LENGTH, Argon2.ID);
    }

    @Override
    public String hash(String plain) {
        return Password.hash(plain).addRandomSalt(16).with(function).getResult();
    }

    @Override
    public boolean matches(String plain, String hash) {
        try {
            return Password.check(plain, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException unreadableHash) {
            return false;
        }
    }
}
