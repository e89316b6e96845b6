package dev.parley.domain.conversation.out;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationMembership;
import dev.parley.domain.conversation.ConversationSummary;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.Role;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Outgoing port: conversations, their participants and read cursors. Deleted conversations are never found. */
public interface ConversationRepository {
    /**
     * Stores a new conversation with its first participants. For a direct conversation {@code directKey}
     * names the pair; when that pair already has one, nothing is stored and the existing id is returned.
     */
    Optional<ConversationId> insert(Conversation conversation, String directKey, List<Participant> participants);

    Optional<ConversationId> findDirect(String directKey);

    Optional<Conversation> find(ConversationId id);

    /** The conversation and the user's participation in one read: every request's access check, kept to one round trip. */
    Optional<ConversationMembership> findAsSeenBy(ConversationId id, UserId userId);

    /**
     * {@link #findAsSeenBy} for a whole batch of sends in one read: each seat's membership; seats of missing
     * or deleted conversations are absent from the map.
     */
    Map<Seat, ConversationMembership> findAllAsSeenBy(Collection<Seat> seats);

    /** One user's place to check in one conversation. */
    record Seat(ConversationId conversationId, UserId userId) {
    }

    /** Like {@link #find} but locks the row until commit, so membership changes of one conversation serialise. */
    Optional<Conversation> lock(ConversationId id);

    /** Writes name, topic, avatar, participant count, updated_at and deleted_at. */
    void update(Conversation conversation);

    Optional<Participant> participant(ConversationId id, UserId userId);

    /** Current participants, longest-standing first. */
    List<Participant> participants(ConversationId id);

    /** Adds a participant, or brings back one who left (with a new joined_at and role). */
    void addParticipant(Participant participant, Instant at);

    void changeRole(ConversationId id, UserId userId, Role role, Instant at);

    void markLeft(ConversationId id, UserId userId, Instant at);

    Optional<ConversationSummary> summary(ConversationId id, UserId viewer);

    /** The viewer's conversations, most recent activity first, after the keyset {@code after} (null = from the top). */
    List<ConversationSummary> list(UserId viewer, ActivityKey after, int limit);

    /** Moves the read cursor forward to {@code seq} (never back); true when it moved. */
    boolean advanceReadCursor(ConversationId id, UserId userId, long seq);

    /** The participant's read cursor (0 when nothing was read). */
    long readCursor(ConversationId id, UserId userId);

    /** Position of a conversation in a list ordered by last activity (newest first), for keyset paging. */
    record ActivityKey(Instant lastActivityAt, ConversationId id) {
    }
}
