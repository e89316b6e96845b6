/**
 * Conversation and message use cases.
 *
 * <p><b>Sending is cheap and exact.</b> A send is one short transaction: {@code UPDATE conversations SET
 * last_seq = last_seq + 1 ... RETURNING last_seq} followed by {@code INSERT ... ON CONFLICT DO NOTHING} of the
 * message. The UPDATE takes the row lock of that one conversation only, so concurrent sends to the same
 * conversation queue on it for the few microseconds until commit (seqs are gap-free and strictly increasing
 * because the counter and the insert commit or roll back together), while sends to different conversations
 * never touch the same row and never serialise. There is no {@code SELECT MAX(seq)} and no table lock.
 * A retried {@code client_msg_id} is answered from the unique index (conversation, sender, client_msg_id)
 * before any transaction; a concurrent retry that races past that check hits {@code ON CONFLICT DO NOTHING}
 * (it waited on the row lock, so it sees the first insert committed), and its transaction is rolled back,
 * which also rolls back its counter bump: no hole.
 *
 * <p><b>Group commit (designed, not yet built).</b> Because a send holds the conversation row lock only
 * from the UPDATE to COMMIT, the commit's WAL flush dominates. Many sends can share one flush: a per-node
 * batcher collects the sends arriving within ~1 ms (or up to N), runs them in one transaction — one
 * {@code UPDATE ... SET last_seq = last_seq + k} per conversation touched (in id order, so batches never
 * deadlock), one multi-row INSERT with the k seqs, ON CONFLICT DO NOTHING on the idempotency index with
 * duplicates answered from the index afterwards — and completes each caller's future after the single
 * COMMIT. PostgreSQL's own {@code commit_delay} gives a similar effect across connections without code.
 * The benchmark issue measures whether the batcher is worth it.
 *
 * <p>Events are published after commit, never inside a transaction.
 */
package dev.parley.application.conversation;
