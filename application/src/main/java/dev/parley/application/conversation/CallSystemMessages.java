package dev.parley.application.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallState;
import dev.parley.domain.call.CallSummary;
import dev.parley.domain.call.out.CallNotices;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.MessageType;
import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.Role;
import dev.parley.domain.conversation.event.ConversationCreated;
import dev.parley.domain.conversation.event.MessageCreated;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.ParleyException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Leaves the {@code system} line of a finished call ("Missed video call", "Audio call · 3 min") in the pair's
 * direct conversation, creating it when the two never wrote, sent by the caller. It runs inside the
 * transaction that finishes the call, so the message's seq is taken in that transaction; the
 * {@code message.created} (and {@code conversation.created}) events it returns are published after commit. It asks no
 * reachability policy: the call already happened, and a notice is the record of it, not someone reaching out.
 */
public final class CallSystemMessages implements CallNotices {
    private final ConversationRepository conversations;
    private final MessageRepository messages;

    public CallSystemMessages(ConversationRepository conversations, MessageRepository messages) {
        this.conversations = conversations;
        this.messages = messages;
    }

    @Override
    public List<DomainEvent> recordFinished(Call call) {
        if (!(call.state() instanceof CallState.Finished finished)) {
            return List.of();
        }
        Instant at = finished.endedAt();
        List<DomainEvent> events = new ArrayList<>();
        ConversationId direct = directConversation(call.caller(), call.callee(), at, events);
        try {
            messages.append(new NewMessage(new MessageId(Ids.newId(at)), direct, call.caller(), MessageType.SYSTEM,
                    CallSummary.of(call), null, null, at)).map(MessageCreated::new).ifPresent(events::add);
        } catch (ParleyException deletedConversation) {
            // The pair's direct conversation is gone: the call still finishes, without a line in it.
        }
        return events;
    }

    private ConversationId directConversation(UserId caller, UserId callee, Instant at, List<DomainEvent> events) {
        String key = CreateConversationService.directKey(caller, callee);
        Optional<ConversationId> existing = conversations.findDirect(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        Conversation conversation = Conversation.create(new ConversationId(Ids.newId(at)), ConversationType.DIRECT,
                null, caller, 2, at);
        List<Participant> members = List.of(new Participant(conversation.id(), caller, Role.MEMBER, at),
                new Participant(conversation.id(), callee, Role.MEMBER, at));
        Optional<ConversationId> raced = conversations.insert(conversation, key, members);
        if (raced.isPresent()) {
            return raced.get(); // one of the two created it concurrently
        }
        events.add(new ConversationCreated(conversation, List.of(caller, callee)));
        return conversation.id();
    }
}
