package dev.parley.application.mail;

import dev.parley.application.testing.contracts.MailOutboxContract;
import dev.parley.domain.mail.MailOutbox;
import dev.parley.domain.mail.MailQueue;
import dev.parley.inmemory.mail.InMemoryMailOutbox;
import java.time.Clock;

/** The in-memory outbox honours the PostgreSQL outbox's contract (JdbiMailOutboxIT). */
class InMemoryMailOutboxContractTest extends MailOutboxContract {
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox(Clock.systemUTC());

    @Override
    protected MailOutbox outbox() {
        return outbox;
    }

    @Override
    protected MailQueue queue() {
        return outbox;
    }
}
