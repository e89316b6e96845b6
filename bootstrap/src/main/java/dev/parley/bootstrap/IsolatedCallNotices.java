package dev.parley.bootstrap;

import dev.parley.domain.call.Call;
import dev.parley.domain.call.out.CallNotices;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.persistence.database.Database;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a call's notice under a savepoint of the call's own transaction: a notice that fails (even with an
 * SQL error, which would otherwise abort the whole PostgreSQL transaction) is rolled back alone and logged,
 * so it can never undo or block the call's transition.
 */
final class IsolatedCallNotices implements CallNotices {
    private static final Logger LOG = LoggerFactory.getLogger(IsolatedCallNotices.class);
    private static final String SAVEPOINT = "call_notice";

    private final Database database;
    private final CallNotices notices;

    IsolatedCallNotices(Database database, CallNotices notices) {
        this.database = database;
        this.notices = notices;
    }

    @Override
    public List<DomainEvent> recordFinished(Call call) {
        return database.withHandle(handle -> {
            handle.savepoint(SAVEPOINT);
            try {
                List<DomainEvent> events = notices.recordFinished(call);
                handle.release(SAVEPOINT);
                return events;
            } catch (RuntimeException failure) {
                handle.rollbackToSavepoint(SAVEPOINT);
                LOG.warn("the system message of call {} was not recorded", call.id(), failure);
                return List.<DomainEvent>of();
            }
        });
    }
}
