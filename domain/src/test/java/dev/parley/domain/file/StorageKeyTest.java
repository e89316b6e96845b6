package dev.parley.domain.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class StorageKeyTest {
    private static final FileId ID = new FileId(UUID.fromString("0190a5a0-1234-7000-8000-00000000abcd"));

    @Test
    void keys_fan_out_by_the_last_digits_of_the_id_and_name_each_variant() {
        assertThat(StorageKey.original(ID).path()).isEqualTo("cd/ab/0190a5a0-1234-7000-8000-00000000abcd");
        assertThat(StorageKey.thumbnail(ID, 64).path()).endsWith("abcd.t64");
        assertThat(StorageKey.thumbnail(ID, 256).path()).endsWith("abcd.t256");
        assertThat(StorageKey.incomingMp4(ID).path()).isEqualTo("cd/ab/0190a5a0-1234-7000-8000-00000000abcd.mp4");
    }
}
