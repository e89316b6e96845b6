package dev.parley.inmemory.mail;

import dev.parley.domain.mail.MailOutbox;
import dev.parley.domain.mail.MailQueue;
import dev.parley.domain.mail.OutgoingMail;
import dev.parley.domain.mail.QueuedMail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * In-memory mail outbox, both sides: mails are due when queued (by {@code clock}), claims hand out the
 * earliest due first and lease them, as the PostgreSQL outbox does.
 */
public final class InMemoryMailOutbox implements MailOutbox, MailQueue {
    private record Entry(QueuedMail mail, Instant dueAt) {
    }

    private final Map<Long, Entry> entries = new TreeMap<>();
    private final Clock clock;
    private long lastId;

    public InMemoryMailOutbox(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void enqueue(OutgoingMail mail) {
        long id = ++lastId;
        entries.put(id, new Entry(new QueuedMail(id, mail, 0), clock.instant()));
    }

    @Override
    public synchronized List<QueuedMail> claimDue(int limit, Instant now, Duration lease) {
        List<QueuedMail> claimed = entries.values().stream()
                .filter(entry -> !entry.dueAt().isAfter(now))
                .sorted(Comparator.comparing(Entry::dueAt))
                .limit(limit)
                .map(entry -> new QueuedMail(entry.mail().id(), entry.mail().mail(), entry.mail().attempts() + 1))
                .toList();
        claimed.forEach(mail -> entries.put(mail.id(), new Entry(mail, now.plus(lease))));
        return claimed;
    }

    @Override
    public synchronized void markSent(long id) {
        entries.remove(id);
    }

    @Override
    public synchronized void markFailed(long id, Instant nextAttemptAt, String error) {
        entries.computeIfPresent(id, (ignored, entry) -> new Entry(entry.mail(), nextAttemptAt));
    }
}
