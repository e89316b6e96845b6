package dev.parley.domain.conversation.out;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageEdit;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.shared.ErrorCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outgoing port: the messages of conversations, each at a gap-free seq. */
public interface MessageRepository {
    /**
     * Assigns the next seq and stores the message in the current transaction. Empty when the sender
     * already sent this {@code clientMsgId} in this conversation: the caller must then roll back, so the
     * seq taken is never left as a hole.
     */
    Optional<Message> append(NewMessage message);

    /**
     * Group commit: appends messages of any number of conversations with ONE round trip, which outside a
     * transaction is also its own commit: their conversations are locked in id order (so concurrent batches
     * never deadlock), each counter is bumped once, each conversation's new messages get consecutive seqs in
     * list order. A message whose {@code clientMsgId} its sender already used in that conversation (stored
     * earlier, or earlier in this list) is not stored again: its answer is the original. Participant security
     * holds inside the append, judged on what is committed once the locks are held: a sender who is not a
     * current participant, a member of a broadcast, or (in a direct conversation) a sender who may not reach
     * the other participant (blocks either way, contacts, the peer's {@code who_can_message}) is
     * {@link Refused} and nothing is stored for that message; the others still are. Returns one answer per
     * message, in order. A client id a concurrent send stored while this call waited for the locks is answered
     * with that original; should one still be stored behind the locks' back, the whole call fails and stores
     * nothing (the caller retries; no seq is ever left as a hole).
     */
    List<AppendAnswer> appendAll(List<NewMessage> messages);

    /** What {@link #appendAll} did with one message. */
    sealed interface AppendAnswer {
    }

    /** The stored message for one appended message, and whether this call created it. */
    record Appended(Message message, boolean created) implements AppendAnswer {
    }

    /**
     * Not stored: {@code reason} is {@code not_a_participant}, {@code forbidden} (a broadcast member),
     * {@code blocked} or {@code privacy_restricted}.
     */
    record Refused(ErrorCode reason) implements AppendAnswer {
    }

    /** Not stored: the conversation is missing or deleted. */
    record ConversationGone() implements AppendAnswer {
    }

    Optional<Message> findByClientMsgId(ConversationId conversationId, UserId senderId, String clientMsgId);

    Optional<Message> find(MessageId id);

    /** Messages with seq below {@code beforeSeq}, newest first. */
    List<Message> before(ConversationId conversationId, long beforeSeq, int limit);

    /** Messages with seq above {@code afterSeq}, oldest first (catch-up). */
    List<Message> after(ConversationId conversationId, long afterSeq, int limit);

    /**
     * {@link #before} in one statement with the access rule: empty unless {@code reader} is a participant of
     * the live conversation. An empty answer is therefore either an empty page or a refusal; only then
     * does the caller ask which (the common case, a page with rows, costs one round trip).
     */
    List<Message> beforeAsSeenBy(UserId reader, ConversationId conversationId, long beforeSeq, int limit);

    /** {@link #after} guarded like {@link #beforeAsSeenBy}. */
    List<Message> afterAsSeenBy(UserId reader, ConversationId conversationId, long afterSeq, int limit);

    /** Keeps the current text as an earlier version and replaces it. */
    Message edit(MessageId id, String content, Instant at);

    /** Earlier versions, newest first. */
    List<MessageEdit> edits(MessageId id);

    /** Hides the message, remembering who deleted it (the author, or a moderating owner/admin). */
    Message softDelete(MessageId id, Instant at, UserId by);

    /** Who deleted the message; empty when it is live (or was deleted before deleters were recorded). */
    Optional<UserId> deletedBy(MessageId id);

    Message restore(MessageId id, Instant at);

    /** Full-text matches among live messages with seq below {@code beforeSeq}, newest first. */
    List<Message> search(ConversationId conversationId, String query, long beforeSeq, int limit);
}
