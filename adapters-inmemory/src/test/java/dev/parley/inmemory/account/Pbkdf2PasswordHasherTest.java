package dev.parley.inmemory.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Pbkdf2PasswordHasherTest {
    /** Test-cheap: the default count costs a noticeable fraction of a second per hash. */
    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(1_000);

    @Test
    void a_hash_matches_its_password_only_and_is_salted() {
        String hash = hasher.hash("correct horse");

        assertThat(hash).startsWith("pbkdf2-sha256$1000$").doesNotContain("correct horse");
        assertThat(hasher.matches("correct horse", hash)).isTrue();
        assertThat(hasher.matches("correct horsf", hash)).isFalse();
        assertThat(hasher.hash("correct horse")).isNotEqualTo(hash);
    }

    @Test
    void a_hash_made_with_other_iterations_still_matches() {
        String hash = new Pbkdf2PasswordHasher(2_000).hash("s3cret");

        assertThat(hasher.matches("s3cret", hash)).isTrue();
    }

    @Test
    void malformed_or_foreign_hashes_match_nothing() {
        for (String refused : new String[] {"", "hashed:s3cret", "pbkdf2-sha256$x$y$z", "pbkdf2-sha256$0$AA$AA",
                "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"}) {
            assertThat(hasher.matches("s3cret", refused)).as(refused).isFalse();
        }
    }
}
