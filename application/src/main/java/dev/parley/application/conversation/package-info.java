/**
 * Conversation and message use cases.
 *
 * <p><b>Every send is a group commit, exact and cheap.</b> {@link dev.parley.application.conversation.SendMessageService}
 * validates and rate-limits on the caller's thread, then hands the message to its
 * {@link dev.parley.application.conversation.SendQueue}. On a server that is
 * {@link dev.parley.application.conversation.GroupCommitSendQueue}, and the caller waits (at most its bound, then
 * {@code unavailable}); {@link dev.parley.application.conversation.DirectSendQueue} runs the same commit as a
 * batch of one on the caller's thread. The group commit's writers ({@code PARLEY_SEND_WRITERS}, one by
 * default: fewer, larger statements leave more CPU for everything else) each own the conversations that hash
 * to them, so one node never runs two batches of one conversation at once; a writer takes whatever is queued
 * (up to {@code PARLEY_SEND_GROUP_COMMIT}, never waiting for more, so an idle node adds no latency) and {@link dev.parley.application.conversation.GroupCommit} stores it with one
 * round trip whatever the number of messages and conversations (two when some message of the batch replies):
 * <ol>
 *   <li>{@link dev.parley.application.conversation.BatchAdmission}, only for messages with a {@code reply_to_id}:
 *   one read of their (conversation, sender) memberships, then {@code SendPolicy} per message exactly as for a
 *   single send (the replied-to message must be of the same conversation); a rejection fails only its own
 *   message. Every other rule of the policy is judged by the append, with the same errors (404 missing or
 *   deleted, 403 {@code not_a_participant}, 403 {@code forbidden} for a broadcast member, a retried
 *   {@code client_msg_id} answers the original), so the common batch skips this read;</li>
 *   <li>{@code MessageRepository.appendAll}: one round trip that is its own commit (one WAL flush for the whole
 *   batch, no BEGIN/COMMIT round trips). It locks the conversations in id order (concurrent batches, on any
 *   node, cannot deadlock), then, on what is committed once the locks are held, answers client ids already
 *   stored, refuses senders who are no longer participants (or broadcast members, or may not reach the peer of
 *   a direct conversation: blocks, contacts and privacy for the whole batch in the same statement), bumps each
 *   counter once by its number of new messages and inserts them with consecutive seqs in arrival order. A
 *   participant removed while the batch waited for the locks therefore cannot post. The counter and the rows commit or
 *   fail together, so seqs have no holes. There is no {@code ON CONFLICT DO NOTHING}: a client id stored
 *   behind the locks' back fails the whole statement on the unique index instead of skipping a row whose seq
 *   was already taken.</li>
 * </ol>
 * If the append fails unexpectedly nothing was stored, so each message is redone alone and only the faulty one
 * fails (a lone retry of a concurrent duplicate then answers the original). Events are published after the
 * commit, never inside it, in batch order, so on one node each conversation's {@code message.created} events
 * leave in seq order; then the senders are answered. Both happen on a publisher thread while the writer
 * commits its next batch, so the socket writes of a fan-out never lengthen a commit cycle; there is one
 * publisher per core ({@code PARLEY_SEND_PUBLISHERS}) and each conversation belongs to one of them (FIFO, which
 * keeps its events in seq order), so those writes use every core.
 */
package dev.parley.application.conversation;
