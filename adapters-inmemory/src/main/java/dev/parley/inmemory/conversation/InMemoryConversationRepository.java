package dev.parley.inmemory.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationMembership;
import dev.parley.domain.conversation.ConversationSummary;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.Role;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.inmemory.conversation.InMemoryConversationData.ConversationRow;
import dev.parley.inmemory.conversation.InMemoryConversationData.ParticipantRow;
import dev.parley.inmemory.conversation.InMemoryConversationData.StoredMessage;
import dev.parley.inmemory.shared.UuidOrder;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In-memory adapter: conversations and participants in the shared {@link InMemoryConversationData}, with the
 * database's visibility rules. Thread-safe: every method holds the data's lock, which the message repository shares.
 */
public final class InMemoryConversationRepository implements ConversationRepository {
    private static final Comparator<ConversationSummary> NEWEST_ACTIVITY = Comparator
            .comparing(ConversationSummary::lastActivityAt)
            .thenComparing(summary -> summary.conversation().id().value()).reversed();

    private final InMemoryConversationData data;

    public InMemoryConversationRepository(InMemoryConversationData data) {
        this.data = data;
    }

    @Override
    public Optional<ConversationId> insert(Conversation conversation, String directKey,
                                                        List<Participant> participants) {
        synchronized (data) {
            if (directKey != null && data.directKeys.containsKey(directKey)) {
                return Optional.of(data.directKeys.get(directKey));
            }
            if (directKey != null) {
                data.directKeys.put(directKey, conversation.id());
            }
            data.conversations.put(conversation.id(), new ConversationRow(conversation, conversation.createdAt()));
            Map<UserId, ParticipantRow> members = new LinkedHashMap<>();
            participants.forEach(p -> members.put(p.userId(), new ParticipantRow(p, null, 0, p.joinedAt())));
            data.participants.put(conversation.id(), members);
            return Optional.empty();
        }
    }

    @Override
    public Optional<ConversationId> findDirect(String directKey) {
        synchronized (data) {
            return Optional.ofNullable(data.directKeys.get(directKey)).filter(id -> find(id).isPresent());
        }
    }

    @Override
    public Optional<Conversation> find(ConversationId id) {
        synchronized (data) {
            return Optional.ofNullable(data.conversations.get(id)).map(ConversationRow::conversation)
                    .filter(conversation -> conversation.deletedAt() == null);
        }
    }

    @Override
    public Optional<ConversationMembership> findAsSeenBy(ConversationId id, UserId userId) {
        synchronized (data) {
            return find(id).map(conversation -> new ConversationMembership(conversation, participant(id, userId)));
        }
    }

    @Override
    public Map<Seat, ConversationMembership> findAllAsSeenBy(Collection<Seat> seats) {
        synchronized (data) {
            Map<Seat, ConversationMembership> seen = new HashMap<>();
            seats.forEach(seat -> findAsSeenBy(seat.conversationId(), seat.userId()).ifPresent(found -> seen.put(seat, found)));
            return seen;
        }
    }

    @Override
    public Optional<Conversation> lock(ConversationId id) {
        return find(id);
    }

    @Override
    public void update(Conversation conversation) {
        synchronized (data) {
            ConversationRow row = data.conversations.get(conversation.id());
            Conversation stored = row.conversation();
            Conversation updated = new Conversation(stored.id(), stored.type(), conversation.name(), conversation.topic(),
                    conversation.avatarUrl(), stored.createdBy(), stored.createdAt(), conversation.updatedAt(),
                    stored.lastSeq(), conversation.participantCount(), conversation.deletedAt(), stored.meetingChat());
            data.conversations.put(conversation.id(), new ConversationRow(updated, row.lastActivityAt()));
        }
    }

    @Override
    public Optional<Participant> participant(ConversationId id, UserId userId) {
        synchronized (data) {
            return Optional.ofNullable(data.participants.getOrDefault(id, Map.of()).get(userId))
                    .filter(ParticipantRow::active).map(ParticipantRow::participant);
        }
    }

    @Override
    public List<Participant> participants(ConversationId id) {
        synchronized (data) {
            return data.participants.getOrDefault(id, Map.of()).values().stream().filter(ParticipantRow::active)
                    .map(ParticipantRow::participant)
                    .sorted(Comparator.comparing(Participant::joinedAt).thenComparing(p -> p.userId().value(), UuidOrder.UNSIGNED))
                    .toList();
        }
    }

    @Override
    public void addParticipant(Participant participant, Instant at) {
        synchronized (data) {
            Map<UserId, ParticipantRow> members = data.participants.computeIfAbsent(participant.conversationId(),
                    key -> new LinkedHashMap<>());
            long lastRead = members.containsKey(participant.userId()) ? members.get(participant.userId()).lastReadSeq() : 0;
            members.put(participant.userId(), new ParticipantRow(participant, null, lastRead, at));
        }
    }

    @Override
    public void changeRole(ConversationId id, UserId userId, Role role, Instant at) {
        synchronized (data) {
            data.participants.get(id).computeIfPresent(userId, (key, row) -> row.active()
                    ? new ParticipantRow(row.participant().withRole(role), null, row.lastReadSeq(), at) : row);
        }
    }

    @Override
    public void markLeft(ConversationId id, UserId userId, Instant at) {
        synchronized (data) {
            data.participants.get(id).computeIfPresent(userId, (key, row) -> row.active()
                    ? new ParticipantRow(row.participant(), at, row.lastReadSeq(), at) : row);
        }
    }

    @Override
    public Optional<ConversationSummary> summary(ConversationId id, UserId viewer) {
        synchronized (data) {
            return participant(id, viewer).flatMap(member -> find(id)).map(conversation -> summarise(conversation, viewer));
        }
    }

    @Override
    public List<ConversationSummary> list(UserId viewer, ActivityKey after, int limit) {
        synchronized (data) {
            return data.conversations.keySet().stream()
                    .flatMap(id -> summary(id, viewer).stream())
                    .sorted(NEWEST_ACTIVITY)
                    .filter(summary -> after == null || isAfter(summary, after))
                    .limit(limit)
                    .toList();
        }
    }

    private static boolean isAfter(ConversationSummary summary, ActivityKey key) {
        int byTime = summary.lastActivityAt().compareTo(key.lastActivityAt());
        return byTime < 0 || (byTime == 0 && UuidOrder.UNSIGNED.compare(summary.conversation().id().value(), key.id().value()) < 0);
    }

    @Override
    public boolean advanceReadCursor(ConversationId id, UserId userId, long seq) {
        synchronized (data) {
            ParticipantRow row = data.participants.getOrDefault(id, Map.of()).get(userId);
            if (row == null || !row.active() || row.lastReadSeq() >= seq) {
                return false;
            }
            data.participants.get(id).put(userId, new ParticipantRow(row.participant(), null, seq, data.clock.instant()));
            return true;
        }
    }

    @Override
    public long readCursor(ConversationId id, UserId userId) {
        synchronized (data) {
            ParticipantRow row = data.participants.getOrDefault(id, Map.of()).get(userId);
            return row == null ? 0 : row.lastReadSeq();
        }
    }

    private ConversationSummary summarise(Conversation conversation, UserId viewer) {
        ConversationRow row = data.conversations.get(conversation.id());
        long lastRead = readCursor(conversation.id(), viewer);
        List<Message> messages = data.messages.values().stream().map(StoredMessage::message)
                .filter(message -> message.conversationId().equals(conversation.id())).toList();
        Message last = messages.stream().filter(message -> message.seq() == conversation.lastSeq()).findFirst().orElse(null);
        long unread = messages.stream().filter(message -> message.seq() > lastRead && !message.isDeleted()
                && !message.senderId().equals(viewer)).count();
        return new ConversationSummary(conversation, last, unread, lastRead, row.lastActivityAt());
    }
}
