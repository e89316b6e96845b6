package dev.parley.embeddedpostgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The embedded PostgreSQL, the default database: an acknowledged commit is on disk. */
class EmbeddedDatabaseIT {

    @Test
    void runs_with_fsync_and_synchronous_commit_so_an_ack_survives_a_crash() throws Exception {
        Path directory = Files.createTempDirectory("parley-embedded-durable");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            assertThat(setting(database, "fsync")).isEqualTo("on");
            assertThat(setting(database, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(database, "full_page_writes")).isEqualTo("on");
        }
    }

    private static String setting(EmbeddedDatabase database, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl("postgres"));
             Statement show = connection.createStatement();
             ResultSet value = show.executeQuery("SHOW " + name)) {
            value.next();
            return value.getString(1);
        }
    }
}
