package dev.parley.application.mail;

import dev.parley.domain.mail.MailQueue;
import dev.parley.domain.mail.MailSender;
import dev.parley.domain.mail.QueuedMail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Delivers queued mails with exponential backoff. A transport outage only delays mail: each failure
 * reschedules the row, and nothing is removed until the transport accepted it.
 */
public final class MailDispatchService {
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(30);

    private final MailQueue queue;
    private final MailSender sender;
    private final Duration firstRetry;
    private final Clock clock;

    public MailDispatchService(MailQueue queue, MailSender sender, Duration firstRetry, Clock clock) {
        this.queue = queue;
        this.sender = sender;
        this.firstRetry = firstRetry;
        this.clock = clock;
    }

    /** Sends what is due; returns how many were delivered. */
    public int dispatchDue(int batchSize) {
        Instant now = clock.instant();
        List<QueuedMail> due = queue.claimDue(batchSize, now, LEASE);
        int delivered = 0;
        for (QueuedMail queued : due) {
            try {
                sender.send(queued.mail());
                queue.markSent(queued.id());
                delivered++;
            } catch (RuntimeException failure) {
                queue.markFailed(queued.id(), clock.instant().plus(backoff(queued.attempts())),
                        String.valueOf(failure.getMessage()));
            }
        }
        return delivered;
    }

    Duration backoff(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 16);
        Duration delay = firstRetry.multipliedBy(factor);
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }
}
