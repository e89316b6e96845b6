package dev.parley.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void digests_are_hex_sha256_and_stable() {
        assertThat(Secrets.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void codes_have_the_requested_digits_and_tokens_differ() {
        assertThat(Secrets.randomDigits(6)).matches("\\d{6}");
        assertThat(Secrets.randomToken(32)).isNotEqualTo(Secrets.randomToken(32)).hasSize(43);
    }
}
