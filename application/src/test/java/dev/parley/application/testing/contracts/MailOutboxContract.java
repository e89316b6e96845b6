package dev.parley.application.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.domain.mail.MailOutbox;
import dev.parley.domain.mail.MailQueue;
import dev.parley.domain.mail.OutgoingMail;
import dev.parley.domain.mail.QueuedMail;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every mail outbox ({@link MailOutbox} to queue, {@link MailQueue} to dispatch) must do; run against the
 * in-memory fake and against PostgreSQL. A queued mail is due at once by the store's clock (the database's
 * {@code now()}), so claims here use the real time plus a margin.
 */
public abstract class MailOutboxContract {
    private static final Duration LEASE = Duration.ofMinutes(5);

    protected abstract MailOutbox outbox();

    protected abstract MailQueue queue();

    private Instant now;

    @BeforeEach
    void drainWhatEarlierTestsLeft() {
        now = Instant.now().plusSeconds(5);
        List<QueuedMail> left = queue().claimDue(10_000, now.plus(Duration.ofDays(1)), LEASE);
        left.forEach(mail -> queue().markSent(mail.id()));
    }

    private static OutgoingMail mail(String subject) {
        return new OutgoingMail(UUID.randomUUID() + "@example.com", subject, "body of " + subject);
    }

    @Test
    void a_queued_mail_is_claimed_whole_with_its_first_attempt_counted() {
        OutgoingMail welcome = mail("Welcome");
        outbox().enqueue(welcome);

        List<QueuedMail> claimed = queue().claimDue(10, now, LEASE);

        assertThat(claimed).singleElement().satisfies(queued -> {
            assertThat(queued.mail()).isEqualTo(welcome);
            assertThat(queued.attempts()).isEqualTo(1);
        });
    }

    @Test
    void claims_the_earliest_queued_first_and_no_more_than_asked() {
        List<OutgoingMail> queued = List.of(mail("one"), mail("two"), mail("three"));
        for (OutgoingMail each : queued) {
            outbox().enqueue(each);
            waitForTheClockToMove();
        }

        List<QueuedMail> first = queue().claimDue(2, now, LEASE);
        List<QueuedMail> rest = queue().claimDue(2, now, LEASE);

        assertThat(first).extracting(QueuedMail::mail).containsExactly(queued.get(0), queued.get(1));
        assertThat(rest).extracting(QueuedMail::mail).containsExactly(queued.get(2));
    }

    @Test
    void a_claimed_mail_is_hidden_for_its_lease_and_claimed_again_after_it_with_one_more_attempt() {
        OutgoingMail mail = mail("Reset");
        outbox().enqueue(mail);
        queue().claimDue(10, now, LEASE);

        assertThat(queue().claimDue(10, now.plus(LEASE).minusMillis(1), LEASE)).isEmpty();
        List<QueuedMail> again = queue().claimDue(10, now.plus(LEASE), LEASE);

        assertThat(again).singleElement().satisfies(queued -> {
            assertThat(queued.mail()).isEqualTo(mail);
            assertThat(queued.attempts()).isEqualTo(2);
        });
    }

    @Test
    void a_sent_mail_is_never_claimed_again() {
        outbox().enqueue(mail("Sent"));
        QueuedMail claimed = queue().claimDue(10, now, LEASE).getFirst();

        queue().markSent(claimed.id());

        assertThat(queue().claimDue(10, now.plus(Duration.ofDays(1)), LEASE)).isEmpty();
    }

    @Test
    void a_failed_mail_comes_back_when_its_next_attempt_is_due_and_not_before() {
        outbox().enqueue(mail("Retry"));
        QueuedMail claimed = queue().claimDue(10, now, LEASE).getFirst();
        Instant retryAt = now.plusSeconds(20);

        queue().markFailed(claimed.id(), retryAt, "421 try later");

        assertThat(queue().claimDue(10, retryAt.minusMillis(1), LEASE)).isEmpty();
        assertThat(queue().claimDue(10, retryAt, LEASE)).extracting(QueuedMail::id, QueuedMail::attempts)
                .containsExactly(tuple(claimed.id(), 2));
    }

    @Test
    void concurrent_dispatchers_never_claim_the_same_mail() {
        for (int i = 0; i < 24; i++) {
            outbox().enqueue(mail("bulk " + i));
        }

        List<List<QueuedMail>> claims = Concurrently.run(4, () -> queue().claimDue(6, now, LEASE));

        List<Long> ids = new ArrayList<>();
        claims.forEach(claim -> claim.forEach(mail -> ids.add(mail.id())));
        // A dispatcher may come back with fewer than asked while others hold locks; what is left is still due.
        queue().claimDue(100, now, LEASE).forEach(mail -> ids.add(mail.id()));
        assertThat(ids).doesNotHaveDuplicates().hasSize(24);
    }

    private static void waitForTheClockToMove() {
        Instant start = Instant.now();
        while (!Instant.now().isAfter(start.plusMillis(1))) {
            Thread.onSpinWait();
        }
    }
}
