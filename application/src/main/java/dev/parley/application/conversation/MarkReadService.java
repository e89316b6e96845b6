package dev.parley.application.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.event.ReadCursorMoved;
import dev.parley.domain.conversation.in.MarkReadUseCase;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.ParleyException;

/** Moves read cursors forward only; a seq beyond the newest message reads up to the newest message. */
public final class MarkReadService implements MarkReadUseCase {
    private final ConversationRepository conversations;
    private final ConversationAccess access;
    private final EventPublisher events;

    public MarkReadService(ConversationRepository conversations, MessageRepository messages, EventPublisher events) {
        this.conversations = conversations;
        this.access = new ConversationAccess(conversations, messages);
        this.events = events;
    }

    @Override
    public long markRead(UserId caller, ConversationId id, long seq) {
        if (seq < 0) {
            throw ParleyException.invalid("seq", "must be zero or more");
        }
        Membership membership = access.require(caller, id);
        long target = Math.min(seq, membership.conversation().lastSeq());
        // A single UPDATE with "WHERE last_read_seq < :seq" is atomic on its own: no transaction needed.
        if (conversations.advanceReadCursor(id, caller, target)) {
            events.publish(new ReadCursorMoved(id, caller, target));
            return target;
        }
        return conversations.readCursor(id, caller);
    }
}
