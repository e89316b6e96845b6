package dev.parley.examples.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.persistence.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** The PostgreSQL example on PARLEY_TEST_DATABASE_URL's server when set, else a throw-away or embedded one. */
class PostgresExampleIT {

    @Test
    void bob_reads_the_message_alice_sent_him_from_postgresql() {
        String database = TestDatabases.freshUrl();

        assertThat(PrintedLines.of(() -> PostgresExample.main(new String[] {database})))
                .filteredOn(line -> line.startsWith("alice wrote"))
                .containsExactly("alice wrote: Hello, Bob!");
    }

    @Test
    void a_second_run_on_the_same_database_works_too() {
        String database = TestDatabases.freshUrl();
        PrintedLines.of(() -> PostgresExample.main(new String[] {database}));

        assertThat(PrintedLines.of(() -> PostgresExample.main(new String[] {database})))
                .filteredOn(line -> line.startsWith("alice wrote"))
                .containsExactly("alice wrote: Hello, Bob!");
    }
}
