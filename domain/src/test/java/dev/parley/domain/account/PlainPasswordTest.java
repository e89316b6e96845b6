package dev.parley.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.ParleyException;
import org.junit.jupiter.api.Test;

class PlainPasswordTest {
    @Test
    void accepts_8_to_128_characters() {
        assertThat(new PlainPassword("12345678").value()).hasSize(8);
        assertThat(new PlainPassword("x".repeat(128)).value()).hasSize(128);
    }

    @Test
    void rejects_shorter_and_longer_passwords() {
        assertThatThrownBy(() -> new PlainPassword("1234567")).isInstanceOf(ParleyException.class);
        assertThatThrownBy(() -> new PlainPassword("x".repeat(129))).isInstanceOf(ParleyException.class);
    }

    @Test
    void never_shows_itself_in_logs() {
        assertThat(new PlainPassword("my secret pw").toString()).doesNotContain("secret");
    }
}
