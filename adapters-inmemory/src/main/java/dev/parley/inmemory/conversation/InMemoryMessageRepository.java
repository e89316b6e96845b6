package dev.parley.inmemory.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationRules;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageEdit;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.people.ReachabilityCheck;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import dev.parley.inmemory.conversation.InMemoryConversationData.ConversationRow;
import dev.parley.inmemory.conversation.InMemoryConversationData.ParticipantRow;
import dev.parley.inmemory.conversation.InMemoryConversationData.StoredMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * In-memory adapter: messages in the shared {@link InMemoryConversationData}; seqs are assigned under the data's lock
 * (the one the conversation repository holds too); search matches whole words case-insensitively. A group commit
 * checks membership and (with a {@link ReachabilityCheck}) the peer of a direct conversation under the same lock,
 * like the PostgreSQL append does under the conversation's row lock.
 */
public final class InMemoryMessageRepository implements MessageRepository {
    private final InMemoryConversationData data;
    private final ReachabilityCheck reachability;
    private int appendAllCalls;

    /** Everyone may reach everyone. */
    public InMemoryMessageRepository(InMemoryConversationData data) {
        this(data, null);
    }

    public InMemoryMessageRepository(InMemoryConversationData data, ReachabilityCheck reachability) {
        this.data = data;
        this.reachability = reachability;
    }

    @Override
    public Optional<Message> append(NewMessage message) {
        synchronized (data) {
            ConversationRow row = data.conversations.get(message.conversationId());
            if (row == null || row.conversation().deletedAt() != null) {
                throw ParleyException.notFound("conversation");
            }
            if (message.clientMsgId() != null
                    && findByClientMsgId(message.conversationId(), message.senderId(), message.clientMsgId()).isPresent()) {
                return Optional.empty();
            }
            Conversation c = row.conversation();
            long seq = c.lastSeq() + 1;
            Conversation bumped = new Conversation(c.id(), c.type(), c.name(), c.topic(), c.avatarUrl(), c.createdBy(),
                    c.createdAt(), c.updatedAt(), seq, c.participantCount(), c.deletedAt(), c.meetingChat());
            Instant activity = row.lastActivityAt().isAfter(message.createdAt()) ? row.lastActivityAt() : message.createdAt();
            data.conversations.put(c.id(), new ConversationRow(bumped, activity));
            Message stored = message.withSeq(seq);
            data.messages.put(stored.id(), new StoredMessage(stored, stored.content()));
            return Optional.of(stored);
        }
    }

    @Override
    public List<AppendAnswer> appendAll(List<NewMessage> batch) {
        synchronized (data) {
            appendAllCalls++;
            return batch.stream().map(message -> {
                ConversationRow row = data.conversations.get(message.conversationId());
                if (row == null || row.conversation().deletedAt() != null) {
                    return (AppendAnswer) new ConversationGone();
                }
                Optional<Message> original = message.clientMsgId() == null ? Optional.empty()
                        : findByClientMsgId(message.conversationId(), message.senderId(), message.clientMsgId());
                if (original.isPresent()) {
                    return new Appended(original.get(), false);
                }
                Optional<ErrorCode> refusal = refusal(row.conversation(), message.senderId());
                return refusal.<AppendAnswer>map(Refused::new)
                        .orElseGet(() -> new Appended(append(message).orElseThrow(), true));
            }).toList();
        }
    }

    private Optional<ErrorCode> refusal(Conversation conversation, UserId sender) {
        Map<UserId, ParticipantRow> members = data.participants.getOrDefault(conversation.id(), Map.of());
        ParticipantRow seat = members.get(sender);
        if (seat == null || !seat.active()) {
            return Optional.of(ErrorCode.NOT_A_PARTICIPANT);
        }
        if (!ConversationRules.mayPost(conversation, seat.participant())) {
            return Optional.of(ErrorCode.FORBIDDEN);
        }
        if (!conversation.isDirect() || reachability == null) {
            return Optional.empty();
        }
        for (ParticipantRow peer : members.values()) {
            if (peer.active() && !peer.participant().userId().equals(sender)) {
                try {
                    reachability.require(sender, peer.participant().userId(), ReachabilityCheck.Channel.MESSAGE);
                } catch (ParleyException refused) {
                    return Optional.of(refused.code());
                }
            }
        }
        return Optional.empty();
    }

    /** How many group commits ran (one statement each on PostgreSQL). */
    public int appendCalls() {
        synchronized (data) {
            return appendAllCalls;
        }
    }

    @Override
    public Optional<Message> findByClientMsgId(ConversationId conversationId, UserId senderId, String clientMsgId) {
        synchronized (data) {
            return data.messages.values().stream().map(StoredMessage::message)
                    .filter(m -> m.conversationId().equals(conversationId) && m.senderId().equals(senderId)
                            && clientMsgId.equals(m.clientMsgId()))
                    .findFirst();
        }
    }

    @Override
    public Optional<Message> find(MessageId id) {
        synchronized (data) {
            return Optional.ofNullable(data.messages.get(id)).map(StoredMessage::message);
        }
    }

    @Override
    public List<Message> before(ConversationId conversationId, long beforeSeq, int limit) {
        synchronized (data) {
            return of(conversationId).filter(m -> m.seq() < beforeSeq)
                    .sorted(Comparator.comparingLong(Message::seq).reversed()).limit(limit).toList();
        }
    }

    @Override
    public List<Message> after(ConversationId conversationId, long afterSeq, int limit) {
        synchronized (data) {
            return of(conversationId).filter(m -> m.seq() > afterSeq)
                    .sorted(Comparator.comparingLong(Message::seq)).limit(limit).toList();
        }
    }

    @Override
    public Message edit(MessageId id, String content, Instant at) {
        synchronized (data) {
            StoredMessage stored = data.messages.get(id);
            Message m = stored.message();
            data.edits.add(new MessageEdit(id, stored.content(), m.editedAt() != null ? m.editedAt() : m.createdAt(), at));
            return put(new Message(m.id(), m.conversationId(), m.seq(), m.senderId(), m.type(), content, m.replyToId(),
                    m.clientMsgId(), m.createdAt(), at, m.deletedAt()), content);
        }
    }

    @Override
    public List<MessageEdit> edits(MessageId id) {
        synchronized (data) {
            return data.edits.stream().filter(edit -> edit.messageId().equals(id))
                    .sorted(Comparator.comparing(MessageEdit::replacedAt).reversed()).toList();
        }
    }

    @Override
    public Message softDelete(MessageId id, Instant at, UserId by) {
        synchronized (data) {
            data.deletedBy.put(id, by);
            return withDeletedAt(id, at);
        }
    }

    @Override
    public Optional<UserId> deletedBy(MessageId id) {
        synchronized (data) {
            return Optional.ofNullable(data.deletedBy.get(id));
        }
    }

    @Override
    public Message restore(MessageId id, Instant at) {
        synchronized (data) {
            data.deletedBy.remove(id);
            return withDeletedAt(id, null);
        }
    }

    @Override
    public List<Message> beforeAsSeenBy(UserId reader, ConversationId conversationId, long beforeSeq, int limit) {
        synchronized (data) {
            return mayRead(reader, conversationId) ? before(conversationId, beforeSeq, limit) : List.of();
        }
    }

    @Override
    public List<Message> afterAsSeenBy(UserId reader, ConversationId conversationId, long afterSeq, int limit) {
        synchronized (data) {
            return mayRead(reader, conversationId) ? after(conversationId, afterSeq, limit) : List.of();
        }
    }

    private boolean mayRead(UserId reader, ConversationId conversationId) {
        ConversationRow row = data.conversations.get(conversationId);
        InMemoryConversationData.ParticipantRow member = data.participants.getOrDefault(conversationId, java.util.Map.of()).get(reader);
        return row != null && row.conversation().deletedAt() == null && member != null && member.leftAt() == null;
    }

    @Override
    public List<Message> search(ConversationId conversationId, String query, long beforeSeq, int limit) {
        synchronized (data) {
            Set<String> wanted = words(query);
            return before(conversationId, beforeSeq, Integer.MAX_VALUE).stream()
                    .filter(m -> !m.isDeleted() && words(m.content()).containsAll(wanted) && !wanted.isEmpty())
                    .limit(limit).toList();
        }
    }

    private java.util.stream.Stream<Message> of(ConversationId conversationId) {
        return data.messages.values().stream().map(StoredMessage::message)
                .filter(m -> m.conversationId().equals(conversationId));
    }

    private Message withDeletedAt(MessageId id, Instant at) {
        StoredMessage stored = data.messages.get(id);
        Message m = stored.visible();
        return put(new Message(m.id(), m.conversationId(), m.seq(), m.senderId(), m.type(), stored.content(),
                m.replyToId(), m.clientMsgId(), m.createdAt(), m.editedAt(), at), stored.content());
    }

    private Message put(Message message, String content) {
        data.messages.put(message.id(), new StoredMessage(message, content));
        return message;
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).collect(Collectors.toSet());
    }
}
