package dev.parley.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class SqlStatesTest {

    @Test
    void no_connection_within_the_acquire_timeout_is_503_unavailable_with_retry_after() {
        ParleyException answer = translatedFailure(new SQLTransientConnectionException(
                "parley - Connection is not available, request timed out after 2000ms"));

        assertThat(answer.code()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(answer.retryAfter()).isPresent();
    }

    @Test
    void a_broken_connection_or_a_server_shutting_down_is_503_unavailable() {
        assertThat(translatedFailure(new SQLException("An I/O error occurred while sending to the backend", "08006")).code())
                .isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(translatedFailure(new SQLException("terminating connection due to administrator command", "57P01"))
                .code()).isEqualTo(ErrorCode.UNAVAILABLE);
    }

    @Test
    void a_statement_the_server_refused_stays_an_internal_error() {
        SQLException refused = new SQLException("syntax error", "42601");

        assertThat(SqlStates.isConnectionFailure(refused)).isFalse();
        try {
            SqlStates.translated(() -> {
                throw refused;
            });
        } catch (ParleyException wrong) {
            throw new AssertionError("a refused statement must not become " + wrong.code());
        } catch (IllegalStateException internal) {
            assertThat(internal).hasCause(refused);
        }
    }

    private static ParleyException translatedFailure(SQLException failure) {
        try {
            SqlStates.translated(() -> {
                throw failure;
            });
        } catch (ParleyException translated) {
            return translated;
        }
        throw new AssertionError("not translated: " + failure);
    }
}
