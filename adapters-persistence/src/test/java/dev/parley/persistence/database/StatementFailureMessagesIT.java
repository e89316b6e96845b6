package dev.parley.persistence.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.parley.persistence.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** A failing statement's message (which ends up in logs) must not reveal the values bound to it. */
class StatementFailureMessagesIT {
    @Test
    void failure_messages_carry_the_statement_but_not_its_arguments() {
        try (HikariDataSource dataSource = DatabaseBootstrap.open(TestDatabases.fresh(), 2)) {
            Database database = new Database(dataSource);

            assertThatThrownBy(() -> database.useHandle(handle -> handle
                    .createUpdate("INSERT INTO mail_outbox (recipient, subject, body) VALUES (:to, :subject, :body)")
                    .bind("to", (String) null).bind("subject", "s").bind("body", "your code is 424242").execute()))
                    .hasMessageContaining("mail_outbox")
                    .hasMessageNotContaining("424242");
        }
    }
}
