package dev.parley.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.DisplayName;
import dev.parley.domain.account.Email;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.Username;
import dev.parley.persistence.database.ConnectionTarget;
import dev.parley.persistence.testing.TestDatabases;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The persistence ports on a plain DataSource the caller made: no pool of ours, no Dagger. */
class PostgresPortsIT {

    @Test
    void migrates_an_empty_database_and_stores_through_the_callers_data_source() {
        PGSimpleDataSource dataSource = dataSource(TestDatabases.fresh());

        PostgresPorts ports = PostgresPorts.create(dataSource);
        User ada = User.register(new UserId(UUID.randomUUID()), new Email("ada@example.com"), new Username("ada"),
                new DisplayName("Ada"), "hash", Instant.EPOCH);
        ports.transactions().inTransaction(() -> {
            ports.users().insert(ada);
            return null;
        });

        assertThat(ports.users().findById(ada.id())).map(User::username).contains(new Username("ada"));
        assertThat(ports.mailQueue()).isSameAs(ports.mailOutbox());
    }

    @Test
    void creating_the_ports_twice_on_one_database_keeps_its_data() {
        PGSimpleDataSource dataSource = dataSource(TestDatabases.fresh());
        User grace = User.register(new UserId(UUID.randomUUID()), new Email("grace@example.com"),
                new Username("grace"), new DisplayName("Grace"), "hash", Instant.EPOCH);
        PostgresPorts.create(dataSource).users().insert(grace);

        assertThat(PostgresPorts.create(dataSource).users().findById(grace.id())).isPresent();
    }

    private static PGSimpleDataSource dataSource(ConnectionTarget target) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(target.jdbcUrl());
        // The embedded server names no user in its URL; its superuser is postgres, not the OS account.
        dataSource.setUser(target.user() == null ? "postgres" : target.user());
        dataSource.setPassword(target.password());
        return dataSource;
    }
}
