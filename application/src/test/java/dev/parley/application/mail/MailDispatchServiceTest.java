package dev.parley.application.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.testing.MutableClock;
import dev.parley.domain.mail.MailQueue;
import dev.parley.domain.mail.OutgoingMail;
import dev.parley.domain.mail.QueuedMail;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailDispatchServiceTest {
    private final MutableClock clock = new MutableClock();
    private final InMemoryQueue queue = new InMemoryQueue();
    private final List<OutgoingMail> delivered = new ArrayList<>();
    private boolean transportUp;
    private final MailDispatchService dispatcher = new MailDispatchService(queue, mail -> {
        if (!transportUp) {
            throw new IllegalStateException("connection refused");
        }
        delivered.add(mail);
    }, Duration.ofSeconds(5), clock);

    @Test
    void keeps_a_mail_while_the_transport_is_down_and_delivers_it_later() {
        queue.add(new OutgoingMail("a@example.com", "hi", "body"));

        assertThat(dispatcher.dispatchDue(10)).isZero();
        transportUp = true;
        assertThat(dispatcher.dispatchDue(10)).as("not due before the backoff").isZero();
        clock.advance(Duration.ofSeconds(5));

        assertThat(dispatcher.dispatchDue(10)).isEqualTo(1);
        assertThat(delivered).extracting(OutgoingMail::to).containsExactly("a@example.com");
        assertThat(queue.pending).isEmpty();
    }

    @Test
    void backoff_doubles_and_is_capped() {
        assertThat(dispatcher.backoff(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(dispatcher.backoff(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(dispatcher.backoff(40)).isEqualTo(Duration.ofMinutes(30));
    }

    private final class InMemoryQueue implements MailQueue {
        private final Map<Long, QueuedMail> pending = new HashMap<>();
        private final Map<Long, Instant> dueAt = new HashMap<>();
        private long nextId;

        void add(OutgoingMail mail) {
            long id = ++nextId;
            pending.put(id, new QueuedMail(id, mail, 0));
            dueAt.put(id, clock.instant());
        }

        @Override
        public List<QueuedMail> claimDue(int limit, Instant now, Duration lease) {
            List<QueuedMail> claimed = new ArrayList<>();
            for (QueuedMail mail : List.copyOf(pending.values())) {
                if (claimed.size() < limit && !now.isBefore(dueAt.get(mail.id()))) {
                    QueuedMail attempt = new QueuedMail(mail.id(), mail.mail(), mail.attempts() + 1);
                    pending.put(mail.id(), attempt);
                    dueAt.put(mail.id(), now.plus(lease));
                    claimed.add(attempt);
                }
            }
            return claimed;
        }

        @Override
        public void markSent(long id) {
            pending.remove(id);
        }

        @Override
        public void markFailed(long id, Instant nextAttemptAt, String error) {
            dueAt.put(id, nextAttemptAt);
        }
    }
}
