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
 * <p><b>Group commit (opt-in: {@code PARLEY_SEND_GROUP_COMMIT=<max batch>}).</b> A send holds its
 * conversation's row lock only from the UPDATE to COMMIT, so the commit's WAL flush dominates its cost. With
 * group commit on, {@link dev.parley.application.conversation.SendBatcher} queues sends; two writer threads each
 * take whatever is queued (never waiting for more, so an idle node adds no latency) and append it in one
 * transaction: per conversation, in id order (so concurrent batches cannot deadlock), lock the row, answer
 * client ids already stored from the idempotency index, bump {@code last_seq} once by the number of new
 * messages, insert them with consecutive seqs. One COMMIT then serves every send that queued while the previous
 * one was flushing. A batch that fails (a conversation deleted meanwhile) is retried one message at a time so
 * only the affected sends fail. Validation, access checks and events stay per send, before and after the
 * batch. The benchmark issue measures whether to turn it on by default.
 *
 * <p>Events are published after commit, never inside a transaction.
 */
package dev.parley.application.conversation;
