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
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.ParleyException;
import java.time.Instant;
import java.util.List;

/**
 * Leaves the {@code system} line of a finished call ("Missed video call", "Audio call · 3 min") in the pair's
 * direct conversation, creating it when the two never wrote, sent by the caller. It runs inside the
 * transaction that finishes the call, so the message's seq is taken in that transaction. It asks no
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
    public void recordFinished(Call call) {
        if (!(call.state() instanceof CallState.Finished finished)) {
            return;
        }
        Instant at = finished.endedAt();
        ConversationId direct = directConversation(call.caller(), call.callee(), at);
        try {
            messages.append(new NewMessage(new MessageId(Ids.newId(at)), direct, call.caller(), MessageType.SYSTEM,
                    CallSummary.of(call), null, null, at));
        } catch (ParleyException deletedConversation) {
            // The pair deleted their direct conversation: the call still finishes, without a line in it.
        }
    }

    private ConversationId directConversation(UserId caller, UserId callee, Instant at) {
        String key = CreateConversationService.directKey(caller, callee);
        return conversations.findDirect(key).orElseGet(() -> {
            Conversation conversation = Conversation.create(new ConversationId(Ids.newId(at)), ConversationType.DIRECT,
                    null, caller, 2, at);
            List<Participant> members = List.of(new Participant(conversation.id(), caller, Role.MEMBER, at),
                    new Participant(conversation.id(), callee, Role.MEMBER, at));
            // Created concurrently by one of the two: insert answers the existing one.
            return conversations.insert(conversation, key, members).orElse(conversation.id());
        });
    }
}
