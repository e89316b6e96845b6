package dev.parley.application.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.PasswordResetRepository;
import dev.parley.domain.account.out.UserRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link PasswordResetRepository} must do; run against the in-memory fake and against PostgreSQL. */
public abstract class PasswordResetRepositoryContract {
    protected static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    protected static final Instant EXPIRES = T0.plusSeconds(3600);

    protected abstract PasswordResetRepository resets();

    protected abstract UserRepository users();

    private static String digest() {
        return "digest-" + UUID.randomUUID();
    }

    @Test
    void a_token_is_used_once() {
        UserId ann = ContractUsers.register(users());
        String token = digest();
        resets().save(token, ann, EXPIRES);

        assertThat(resets().consume(token, T0)).contains(ann);
        assertThat(resets().consume(token, T0.plusSeconds(1))).isEmpty();
    }

    @Test
    void an_unknown_token_gives_nothing() {
        assertThat(resets().consume(digest(), T0)).isEmpty();
    }

    @Test
    void a_token_works_until_just_before_it_expires_and_not_at_its_expiry() {
        UserId ann = ContractUsers.register(users());
        String lastMoment = digest();
        String atExpiry = digest();
        resets().save(lastMoment, ann, EXPIRES);
        resets().save(atExpiry, ann, EXPIRES);

        assertThat(resets().consume(atExpiry, EXPIRES)).isEmpty();
        assertThat(resets().consume(lastMoment, EXPIRES.minusMillis(1))).contains(ann);
    }

    @Test
    void a_refused_attempt_on_an_expired_token_does_not_use_it_up() {
        // Nodes' clocks differ slightly: a node whose clock runs ahead must not spend a token another still honours.
        UserId ann = ContractUsers.register(users());
        String token = digest();
        resets().save(token, ann, EXPIRES);

        assertThat(resets().consume(token, EXPIRES.plusSeconds(1))).isEmpty();
        assertThat(resets().consume(token, EXPIRES.minusSeconds(1))).contains(ann);
    }

    @Test
    void several_tokens_of_one_user_are_independent_and_tokens_never_cross_users() {
        UserId ann = ContractUsers.register(users());
        UserId bob = ContractUsers.register(users());
        String annFirst = digest();
        String annSecond = digest();
        String bobs = digest();
        resets().save(annFirst, ann, EXPIRES);
        resets().save(annSecond, ann, EXPIRES);
        resets().save(bobs, bob, EXPIRES);

        assertThat(resets().consume(annFirst, T0)).contains(ann);
        assertThat(resets().consume(bobs, T0)).contains(bob);
        assertThat(resets().consume(annSecond, T0)).contains(ann);
    }

    @Test
    void of_concurrent_uses_of_one_token_exactly_one_succeeds() {
        UserId ann = ContractUsers.register(users());
        String token = digest();
        resets().save(token, ann, EXPIRES);

        List<Optional<UserId>> outcomes = Concurrently.run(8, () -> resets().consume(token, T0));

        assertThat(outcomes).filteredOn(Optional::isPresent).containsExactly(Optional.of(ann));
    }
}
