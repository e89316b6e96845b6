package dev.parley.application.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.testing.MutableClock;
import dev.parley.domain.mail.OutgoingMail;
import dev.parley.inmemory.mail.InMemoryMailOutbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailDispatchServiceTest {
    private final MutableClock clock = new MutableClock();
    private final InMemoryMailOutbox queue = new InMemoryMailOutbox(clock);
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
        queue.enqueue(new OutgoingMail("a@example.com", "hi", "body"));

        assertThat(dispatcher.dispatchDue(10)).isZero();
        transportUp = true;
        assertThat(dispatcher.dispatchDue(10)).as("not due before the backoff").isZero();
        clock.advance(Duration.ofSeconds(5));

        assertThat(dispatcher.dispatchDue(10)).isEqualTo(1);
        assertThat(delivered).extracting(OutgoingMail::to).containsExactly("a@example.com");
        assertThat(queue.claimDue(10, clock.instant().plus(Duration.ofDays(1)), Duration.ofMinutes(1)))
                .as("sent mails leave the outbox").isEmpty();
    }

    @Test
    void backoff_doubles_and_is_capped() {
        assertThat(dispatcher.backoff(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(dispatcher.backoff(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(dispatcher.backoff(40)).isEqualTo(Duration.ofMinutes(30));
    }
}
