package dev.parley.persistence.database;

import dev.parley.domain.shared.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The JDBI entry point of every repository and the {@link Transactions} port. A transaction binds its
 * handle to the current (virtual) thread, so repositories called inside it join it, and nested
 * {@code inTransaction} calls join the outer one.
 */
public final class Database implements Transactions {
    private final DataSource dataSource;
    private final Jdbi jdbi;
    private final ThreadLocal<Handle> transactionHandle = new ThreadLocal<>();

    public Database(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = DatabaseBootstrap.jdbi(dataSource);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (transactionHandle.get() != null) {
            return work.get();
        }
        return SqlStates.translated(() -> jdbi.inTransaction(handle -> {
            transactionHandle.set(handle);
            try {
                return work.get();
            } finally {
                transactionHandle.remove();
            }
        }));
    }

    /** Runs {@code work} on the current transaction's handle, or on a short-lived one outside a transaction. */
    public <T> T withHandle(Function<Handle, T> work) {
        Handle current = transactionHandle.get();
        if (current != null) {
            return SqlStates.translated(() -> work.apply(current));
        }
        return SqlStates.translated(() -> jdbi.withHandle(work::apply));
    }

    public void useHandle(java.util.function.Consumer<Handle> work) {
        withHandle(handle -> {
            work.accept(handle);
            return null;
        });
    }

    /**
     * Plain JDBC for the hottest read paths (history pages), where a JDBI handle and statement cost more CPU
     * than the query: on the current transaction's connection, or on one borrowed from the pool.
     */
    public <T> T withConnection(JdbcWork<T> work) {
        Handle current = transactionHandle.get();
        return SqlStates.translated(() -> {
            if (current != null) {
                return work.apply(current.getConnection());
            }
            try (Connection connection = dataSource.getConnection()) {
                return work.apply(connection);
            }
        });
    }

    /** Work on a plain JDBC connection. */
    @FunctionalInterface
    public interface JdbcWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    public Jdbi jdbi() {
        return jdbi;
    }
}
