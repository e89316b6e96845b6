package dev.parley.domain.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Outgoing port: the dispatcher's side of the outbox. Claims are leases, so any node may dispatch. */
public interface MailQueue {
    /** Claims up to {@code limit} due mails, hiding them from other dispatchers for {@code lease}. */
    List<QueuedMail> claimDue(int limit, Instant now, Duration lease);

    void markSent(long id);

    void markFailed(long id, Instant nextAttemptAt, String error);
}
