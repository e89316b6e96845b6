package dev.parley.persistence.mail;

import dev.parley.domain.mail.MailOutbox;
import dev.parley.domain.mail.MailQueue;
import dev.parley.domain.mail.OutgoingMail;
import dev.parley.domain.mail.QueuedMail;
import dev.parley.persistence.database.Database;
import dev.parley.persistence.database.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Persistence adapter: the transactional mail outbox. Claims use {@code FOR UPDATE SKIP LOCKED} and a
 * lease on {@code next_attempt_at}, so several nodes can dispatch without sending a mail twice.
 */
public final class JdbiMailOutbox implements MailOutbox, MailQueue {
    private final Database database;

    public JdbiMailOutbox(Database database) {
        this.database = database;
    }

    @Override
    public void enqueue(OutgoingMail mail) {
        database.useHandle(handle -> handle.createUpdate(
                        "INSERT INTO mail_outbox (recipient, subject, body) VALUES (:to, :subject, :body)")
                .bind("to", mail.to()).bind("subject", mail.subject()).bind("body", mail.body()).execute());
    }

    @Override
    public List<QueuedMail> claimDue(int limit, Instant now, Duration lease) {
        return database.inTransaction(() -> database.withHandle(handle -> handle.createQuery("""
                        UPDATE mail_outbox SET next_attempt_at = :leaseUntil, attempts = attempts + 1
                        WHERE id IN (SELECT id FROM mail_outbox WHERE next_attempt_at <= :now
                                     ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                        RETURNING id, recipient, subject, body, attempts""")
                .bind("now", Timestamps.bind(now))
                .bind("leaseUntil", Timestamps.bind(now.plus(lease)))
                .bind("limit", limit)
                .map((rs, ctx) -> new QueuedMail(rs.getLong("id"),
                        new OutgoingMail(rs.getString("recipient"), rs.getString("subject"), rs.getString("body")),
                        rs.getInt("attempts")))
                .list()));
    }

    @Override
    public void markSent(long id) {
        database.useHandle(handle -> handle.createUpdate("DELETE FROM mail_outbox WHERE id = :id").bind("id", id).execute());
    }

    @Override
    public void markFailed(long id, Instant nextAttemptAt, String error) {
        database.useHandle(handle -> handle.createUpdate(
                        "UPDATE mail_outbox SET next_attempt_at = :next, last_error = :error WHERE id = :id")
                .bind("id", id).bind("next", Timestamps.bind(nextAttemptAt))
                .bind("error", error == null ? null : error.substring(0, Math.min(error.length(), 500)))
                .execute());
    }
}
