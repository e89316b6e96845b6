package dev.parley.persistence.database;

import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates SQL states into domain outcomes in one place: unique violations of named constraints
 * become their contract codes, an unreachable or stalled server becomes 503 {@code unavailable}; anything
 * else unexpected stays an internal error.
 */
public final class SqlStates {
    private static final Logger LOG = LoggerFactory.getLogger(SqlStates.class);
    private static final String UNIQUE_VIOLATION = "23505";
    /** admin_shutdown, crash_shutdown, cannot_connect_now. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    private static final Duration OUTAGE_LOG_INTERVAL = Duration.ofSeconds(10);
    private static final AtomicLong lastOutageLog = new AtomicLong(System.nanoTime() - OUTAGE_LOG_INTERVAL.toNanos() - 1);
    private static final Map<String, ParleyException> BY_CONSTRAINT = Map.of(
            "users_email_key", new ParleyException(ErrorCode.EMAIL_TAKEN, "this e-mail address is already registered"),
            "users_username_key", new ParleyException(ErrorCode.USERNAME_TAKEN, "this username is taken"));

    private SqlStates() {
    }

    static <T> T translated(Callable<T> work) {
        try {
            return work.call();
        } catch (ParleyException expected) {
            throw expected;
        } catch (RuntimeException failure) {
            throw translate(failure);
        } catch (Exception checked) {
            throw translate(new IllegalStateException(checked));
        }
    }

    static RuntimeException translate(RuntimeException failure) {
        if (isConnectionFailure(failure)) {
            long now = System.nanoTime();
            long last = lastOutageLog.get();
            // once per interval, not once per request: an outage must not flood the log
            if (now - last > OUTAGE_LOG_INTERVAL.toNanos() && lastOutageLog.compareAndSet(last, now)) {
                LOG.warn("PostgreSQL is unreachable, answering 503: {}", failure.getMessage());
            }
            return unavailable();
        }
        String constraint = uniqueConstraint(failure);
        if (constraint != null && BY_CONSTRAINT.containsKey(constraint)) {
            ParleyException known = BY_CONSTRAINT.get(constraint);
            return new ParleyException(known.code(), known.getMessage());
        }
        return failure;
    }

    /** The answer to a request that found the database unreachable or stalled: 503, retry shortly. */
    public static ParleyException unavailable() {
        return new ParleyException(ErrorCode.UNAVAILABLE, "the database is unavailable, retry shortly", List.of(),
                RETRY_AFTER);
    }

    /**
     * Whether {@code failure} says the server could not be reached or the connection broke (no connection
     * within the acquire timeout, SQL state class 08, the server shutting down or starting up), as opposed
     * to a statement the server refused.
     */
    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_GOING_AWAY.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** The name of the violated unique constraint behind {@code failure}, or null. */
    public static String uniqueConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && UNIQUE_VIOLATION.equals(psql.getSQLState())) {
                ServerErrorMessage server = psql.getServerErrorMessage();
                return server == null ? "" : server.getConstraint();
            }
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return "";
            }
        }
        return null;
    }
}
