package dev.parley.examples.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InMemoryExampleTest {

    @Test
    void bob_reads_the_message_alice_sent_him() {
        assertThat(PrintedLines.of(() -> InMemoryExample.main(new String[0])))
                .containsExactly("alice wrote: Hello, Bob!");
    }
}
