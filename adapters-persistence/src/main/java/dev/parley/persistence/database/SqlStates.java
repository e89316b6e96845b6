package dev.parley.persistence.database;

import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Translates SQL states into domain outcomes in one place: unique violations of named constraints
 * become their contract codes; anything else unexpected stays an internal error.
 */
public final class SqlStates {
    private static final String UNIQUE_VIOLATION = "23505";
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
            throw new IllegalStateException(checked);
        }
    }

    static RuntimeException translate(RuntimeException failure) {
        String constraint = uniqueConstraint(failure);
        if (constraint != null && BY_CONSTRAINT.containsKey(constraint)) {
            ParleyException known = BY_CONSTRAINT.get(constraint);
            return new ParleyException(known.code(), known.getMessage());
        }
        return failure;
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
