package dev.parley.application.testing.contracts;

import dev.parley.domain.account.DisplayName;
import dev.parley.domain.account.Email;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.Username;
import dev.parley.domain.account.out.UserRepository;
import java.time.Instant;
import java.util.UUID;

/**
 * Registers users for contracts whose stores refer to users. Ids are random (not time-ordered) on purpose:
 * half of them have the top bit set, which is where signed and unsigned id orders part.
 */
final class ContractUsers {
    private ContractUsers() {
    }

    static UserId register(UserRepository users) {
        String name = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        User user = User.register(new UserId(UUID.randomUUID()), new Email(name + "@example.com"), new Username(name),
                new DisplayName(name), "hash", Instant.EPOCH);
        users.insert(user);
        return user.id();
    }
}
