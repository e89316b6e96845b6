package dev.parley.application.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.DisplayName;
import dev.parley.domain.account.Email;
import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.Username;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.ParleyException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link UserRepository} must do; run against the in-memory fake and against PostgreSQL. */
public abstract class UserRepositoryContract {
    protected static final Instant NOW = Instant.parse("2026-11-21T10:00:00.123Z");

    protected abstract UserRepository repository();

    protected static User newUser(String name) {
        return User.register(new UserId(Ids.newId(NOW)), new Email(name + "@example.com"), new Username(name),
                new DisplayName(name.toUpperCase()), "hash-" + name, NOW);
    }

    @Test
    void finds_a_stored_user_by_id_email_and_username() {
        User user = newUser("contract_a");
        repository().insert(user);

        assertThat(repository().findById(user.id())).contains(user);
        assertThat(repository().findByEmail(new Email("CONTRACT_A@example.com"))).contains(user);
        assertThat(repository().findByUsername(new Username("Contract_A"))).contains(user);
    }

    @Test
    void refuses_a_second_user_with_the_same_email_or_username() {
        repository().insert(newUser("contract_b"));
        User sameEmail = User.register(new UserId(Ids.newId(NOW)), new Email("contract_b@example.com"),
                new Username("other_b"), new DisplayName("x"), "h", NOW);
        User sameName = User.register(new UserId(Ids.newId(NOW)), new Email("other_b@example.com"),
                new Username("contract_b"), new DisplayName("x"), "h", NOW);

        assertThatThrownBy(() -> repository().insert(sameEmail)).isInstanceOfSatisfying(ParleyException.class,
                rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.EMAIL_TAKEN));
        assertThatThrownBy(() -> repository().insert(sameName)).isInstanceOfSatisfying(ParleyException.class,
                rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.USERNAME_TAKEN));
    }

    @Test
    void updates_the_password_hash_and_verification_flag() {
        User user = newUser("contract_c");
        repository().insert(user);

        repository().updatePasswordHash(user.id(), "new-hash");
        repository().markEmailVerified(user.id());

        User stored = repository().findById(user.id()).orElseThrow();
        assertThat(stored.passwordHash()).isEqualTo("new-hash");
        assertThat(stored.emailVerified()).isTrue();
    }

    @Test
    void updates_the_whole_profile_and_finds_many_at_once() {
        User first = newUser("contract_d");
        User second = newUser("contract_e");
        repository().insert(first);
        repository().insert(second);
        User renamed = new User(first.id(), first.email(), first.emailVerified(), new Username("contract_d2"),
                "Renamed", null, "bio", first.privacy(), first.passwordHash(), first.createdAt(), null);

        repository().update(renamed);

        assertThat(repository().findByUsername(new Username("contract_d2"))).contains(renamed);
        assertThat(repository().findAllById(java.util.List.of(first.id(), second.id(), first.id())))
                .containsExactlyInAnyOrder(renamed, second);
    }

    @Test
    void answers_empty_for_unknown_users() {
        assertThat(repository().findById(new UserId(Ids.newId(NOW)))).isEmpty();
        assertThat(repository().findByEmail(new Email("nobody@example.com"))).isEmpty();
    }
}
