package dev.parley.application.conversation;

import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationRules;
import dev.parley.domain.conversation.ConversationSummary;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.Role;
import dev.parley.domain.conversation.event.ConversationCreated;
import dev.parley.domain.conversation.in.CreateConversationUseCase;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.people.ReachabilityCheck;
import dev.parley.domain.people.ReachabilityCheck.Channel;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Creates conversations. A direct conversation exists once per pair: the pair's key is unique in the
 * store, so even two concurrent creates end with one conversation, and the second caller gets it (200).
 */
public final class CreateConversationService implements CreateConversationUseCase {
    private final ConversationRepository conversations;
    private final UserRepository users;
    private final ReachabilityCheck reachability;
    private final ConversationSettings settings;
    private final Transactions transactions;
    private final EventPublisher events;
    private final Clock clock;

    public CreateConversationService(ConversationRepository conversations, UserRepository users,
                                     ReachabilityCheck reachability, ConversationSettings settings,
                                     Transactions transactions, EventPublisher events, Clock clock) {
        this.conversations = conversations;
        this.users = users;
        this.reachability = reachability;
        this.settings = settings;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Created create(Command command) {
        return command.type() == ConversationType.DIRECT ? direct(command) : group(command);
    }

    private Created direct(Command command) {
        UserId caller = command.caller();
        UserId peer = command.participantId();
        if (peer == null) {
            throw ParleyException.invalid("participant_id", "is required for a direct conversation");
        }
        if (peer.equals(caller)) {
            throw ParleyException.invalid("participant_id", "must be someone else");
        }
        requireUser("participant_id", peer);
        reachability.require(caller, peer, Channel.MESSAGE);
        String key = directKey(caller, peer);
        Optional<ConversationId> existing = conversations.findDirect(key);
        if (existing.isPresent()) {
            return new Created(summary(existing.get(), caller), false);
        }
        Instant now = clock.instant();
        Conversation conversation = Conversation.create(new ConversationId(Ids.newId(now)), ConversationType.DIRECT,
                null, caller, 2, now);
        List<Participant> members = List.of(new Participant(conversation.id(), caller, Role.MEMBER, now),
                new Participant(conversation.id(), peer, Role.MEMBER, now));
        Optional<ConversationId> raced = transactions.inTransaction(() -> conversations.insert(conversation, key, members));
        if (raced.isPresent()) {
            return new Created(summary(raced.get(), caller), false);
        }
        events.publish(new ConversationCreated(conversation, List.of(caller, peer)));
        return new Created(summary(conversation.id(), caller), true);
    }

    private Created group(Command command) {
        UserId caller = command.caller();
        String name = ConversationNames.name(command.name());
        if (command.participantIds() == null) {
            throw ParleyException.invalid("participant_ids", "is required for a " + command.type().wire());
        }
        LinkedHashSet<UserId> invited = new LinkedHashSet<>(command.participantIds());
        invited.remove(caller);
        ConversationRules.requireRoom(1, invited.size(), settings.maxGroupSize());
        for (UserId userId : invited) {
            requireUser("participant_ids", userId);
            reachability.require(caller, userId, Channel.ADD_TO_GROUP);
        }
        Instant now = clock.instant();
        Conversation conversation = Conversation.create(new ConversationId(Ids.newId(now)), command.type(), name,
                caller, invited.size() + 1, now);
        List<Participant> members = new ArrayList<>();
        members.add(new Participant(conversation.id(), caller, Role.OWNER, now));
        invited.forEach(userId -> members.add(new Participant(conversation.id(), userId, Role.MEMBER, now)));
        transactions.inTransaction(() -> conversations.insert(conversation, null, members));
        events.publish(new ConversationCreated(conversation, members.stream().map(Participant::userId).toList()));
        return new Created(summary(conversation.id(), caller), true);
    }

    private void requireUser(String field, UserId userId) {
        Optional<User> user = users.findById(userId);
        if (user.isEmpty() || user.get().isDeleted()) {
            throw ParleyException.invalid(field, "unknown user " + userId);
        }
    }

    private ConversationSummary summary(ConversationId id, UserId caller) {
        return conversations.summary(id, caller).orElseThrow(() -> ParleyException.notFound("conversation"));
    }

    /** The same key whoever of the two creates it. */
    static String directKey(UserId a, UserId b) {
        return a.value().compareTo(b.value()) < 0 ? a + ":" + b : b + ":" + a;
    }
}
