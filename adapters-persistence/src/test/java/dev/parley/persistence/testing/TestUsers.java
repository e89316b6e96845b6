package dev.parley.persistence.testing;

import dev.parley.domain.account.DisplayName;
import dev.parley.domain.account.Email;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.Username;
import dev.parley.persistence.account.JdbiUserRepository;
import dev.parley.persistence.database.Database;
import java.time.Instant;
import java.util.UUID;

/** Registers users directly in the database, because most tables refer to them by foreign key. */
public final class TestUsers {
    private TestUsers() {
    }

    public static UserId create(Database database) {
        String name = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        User user = User.register(new UserId(UUID.randomUUID()), new Email(name + "@example.com"), new Username(name),
                new DisplayName(name), "hash", Instant.EPOCH);
        new JdbiUserRepository(database).insert(user);
        return user.id();
    }
}
