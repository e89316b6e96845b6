package dev.parley.persistence.mail;

import com.zaxxer.hikari.HikariDataSource;
import dev.parley.application.testing.contracts.MailOutboxContract;
import dev.parley.domain.mail.MailOutbox;
import dev.parley.domain.mail.MailQueue;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.DatabaseBootstrap;
import dev.parley.persistence.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;

/** The mail outbox on real PostgreSQL (InMemoryMailOutboxContractTest). */
class JdbiMailOutboxIT extends MailOutboxContract {
    private static final HikariDataSource DATA_SOURCE = DatabaseBootstrap.open(TestDatabases.fresh(), 8);
    private static final JdbiMailOutbox OUTBOX = new JdbiMailOutbox(new Database(DATA_SOURCE));

    @AfterAll
    static void close() {
        DATA_SOURCE.close();
    }

    @Override
    protected MailOutbox outbox() {
        return OUTBOX;
    }

    @Override
    protected MailQueue queue() {
        return OUTBOX;
    }
}
