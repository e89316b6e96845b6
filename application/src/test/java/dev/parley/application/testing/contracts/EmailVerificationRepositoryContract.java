package dev.parley.application.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.EmailVerification;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.EmailVerificationRepository;
import dev.parley.domain.account.out.UserRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link EmailVerificationRepository} must do; run against the in-memory fake and against PostgreSQL. */
public abstract class EmailVerificationRepositoryContract {
    protected static final Instant T0 = Instant.parse("2026-11-21T10:00:00.123456Z");

    protected abstract EmailVerificationRepository verifications();

    protected abstract UserRepository users();

    private static EmailVerification pending(UserId user, Instant expiresAt) {
        return new EmailVerification(user, "code-" + UUID.randomUUID(), "token-" + UUID.randomUUID(), expiresAt, 0);
    }

    @Test
    void finds_a_saved_verification_by_user_and_by_token_digest_exactly_as_saved() {
        UserId ann = ContractUsers.register(users());
        EmailVerification saved = pending(ann, T0);

        verifications().save(saved);

        assertThat(verifications().findByUser(ann)).contains(saved);
        assertThat(verifications().findByTokenDigest(saved.tokenDigest())).contains(saved);
        assertThat(verifications().findByTokenDigest("token-unknown")).isEmpty();
        assertThat(verifications().findByUser(ContractUsers.register(users()))).isEmpty();
    }

    @Test
    void saving_again_replaces_the_pending_verification_and_its_old_token_stops_working() {
        UserId ann = ContractUsers.register(users());
        EmailVerification first = pending(ann, T0);
        verifications().save(first);
        verifications().recordFailedAttempt(ann);
        EmailVerification second = pending(ann, T0.plusSeconds(600));

        verifications().save(second);

        assertThat(verifications().findByUser(ann)).contains(second);
        assertThat(verifications().findByTokenDigest(first.tokenDigest())).isEmpty();
        assertThat(verifications().findByTokenDigest(second.tokenDigest())).contains(second);
    }

    @Test
    void counts_failed_attempts_per_user_and_reports_zero_without_a_verification() {
        UserId ann = ContractUsers.register(users());
        UserId bob = ContractUsers.register(users());
        verifications().save(pending(ann, T0));
        verifications().save(pending(bob, T0));

        assertThat(verifications().recordFailedAttempt(ann)).isEqualTo(1);
        assertThat(verifications().recordFailedAttempt(ann)).isEqualTo(2);

        assertThat(verifications().findByUser(ann).orElseThrow().failedAttempts()).isEqualTo(2);
        assertThat(verifications().findByUser(bob).orElseThrow().failedAttempts()).isZero();
        assertThat(verifications().recordFailedAttempt(ContractUsers.register(users()))).isZero();
    }

    @Test
    void a_deleted_verification_is_gone_by_user_and_by_token() {
        UserId ann = ContractUsers.register(users());
        EmailVerification saved = pending(ann, T0);
        verifications().save(saved);

        verifications().delete(ann);
        verifications().delete(ann);

        assertThat(verifications().findByUser(ann)).isEmpty();
        assertThat(verifications().findByTokenDigest(saved.tokenDigest())).isEmpty();
        assertThat(verifications().recordFailedAttempt(ann)).isZero();
    }

    @Test
    void concurrent_failed_attempts_are_each_counted_once() {
        UserId ann = ContractUsers.register(users());
        verifications().save(pending(ann, T0));

        List<Integer> counts = Concurrently.run(8, () -> verifications().recordFailedAttempt(ann));

        assertThat(counts).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 8).boxed().toList());
        assertThat(verifications().findByUser(ann).orElseThrow().failedAttempts()).isEqualTo(8);
    }
}
