package dev.parley.application.conversation;

import dev.parley.domain.account.User;
import dev.parley.domain.account.UserId;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationRules;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.Role;
import dev.parley.domain.conversation.event.ConversationEvent;
import dev.parley.domain.conversation.event.MessageCreated;
import dev.parley.domain.conversation.event.ParticipantAdded;
import dev.parley.domain.conversation.event.ParticipantRemoved;
import dev.parley.domain.conversation.event.ParticipantUpdated;
import dev.parley.domain.conversation.in.ParticipantsUseCase;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.people.ReachabilityCheck;
import dev.parley.domain.people.ReachabilityCheck.Channel;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Membership changes. Each runs with the conversation row locked, so two changes of one conversation
 * never interleave, and writes a system message ("alice added bob") with its own seq. A meeting's chat
 * refuses them all: its membership follows the meeting.
 */
public final class ParticipantsService implements ParticipantsUseCase {
    private final ConversationRepository conversations;
    private final UserRepository users;
    private final ConversationAccess access;
    private final SystemMessages notices;
    private final ReachabilityCheck reachability;
    private final ConversationSettings settings;
    private final Transactions transactions;
    private final EventPublisher events;
    private final Clock clock;

    public ParticipantsService(ConversationRepository conversations, MessageRepository messages, UserRepository users,
                               ReachabilityCheck reachability, ConversationSettings settings,
                               Transactions transactions, EventPublisher events, Clock clock) {
        this.conversations = conversations;
        this.users = users;
        this.access = new ConversationAccess(conversations, messages);
        this.notices = new SystemMessages(messages, users);
        this.reachability = reachability;
        this.settings = settings;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<Participant> add(UserId actor, ConversationId id, List<UserId> userIds) {
        if (userIds == null || userIds.isEmpty()) {
            throw ParleyException.invalid("user_ids", "must name at least one user");
        }
        Instant now = clock.instant();
        List<ConversationEvent> happened = new ArrayList<>();
        List<Participant> result = transactions.inTransaction(() -> {
            Membership membership = access.requireLocked(actor, id);
            ConversationRules.requireNotMeetingChat(membership.conversation());
            Conversation conversation = membership.conversation();
            ConversationRules.requireMayManage(conversation, membership.participant());
            Set<UserId> present = conversations.participants(id).stream().map(Participant::userId)
                    .collect(Collectors.toSet());
            LinkedHashSet<UserId> joining = new LinkedHashSet<>(userIds);
            joining.removeAll(present);
            ConversationRules.requireRoom(present.size(), joining.size(), settings.maxGroupSize());
            for (UserId userId : joining) {
                Optional<User> user = users.findById(userId);
                if (user.isEmpty() || user.get().isDeleted()) {
                    throw ParleyException.invalid("user_ids", "unknown user " + userId);
                }
                reachability.require(actor, userId, Channel.ADD_TO_GROUP);
            }
            for (UserId userId : joining) {
                Participant added = new Participant(id, userId, Role.MEMBER, now);
                conversations.addParticipant(added, now);
                happened.add(new ParticipantAdded(added));
                happened.add(new MessageCreated(notices.post(id, actor, userId, "{actor} added {target}", now)));
            }
            if (!joining.isEmpty()) {
                conversations.update(conversation.withParticipantCount(present.size() + joining.size(), now));
            }
            return conversations.participants(id);
        });
        happened.forEach(events::publish);
        return result;
    }

    @Override
    public void remove(UserId actor, ConversationId id, UserId target) {
        if (actor.equals(target)) {
            leave(actor, id);
            return;
        }
        Instant now = clock.instant();
        List<ConversationEvent> happened = transactions.inTransaction(() -> {
            Membership membership = access.requireLocked(actor, id);
            ConversationRules.requireNotMeetingChat(membership.conversation());
            Participant removed = conversations.participant(id, target)
                    .orElseThrow(() -> ParleyException.notFound("participant"));
            ConversationRules.requireMayRemove(membership.conversation(), membership.participant(), removed);
            conversations.markLeft(id, target, now);
            Conversation conversation = membership.conversation();
            conversations.update(conversation.withParticipantCount(conversation.participantCount() - 1, now));
            return List.<ConversationEvent>of(new ParticipantRemoved(removed),
                    new MessageCreated(notices.post(id, actor, target, "{actor} removed {target}", now)));
        });
        happened.forEach(events::publish);
    }

    @Override
    public Participant changeRole(UserId actor, ConversationId id, UserId target, Role role) {
        Instant now = clock.instant();
        List<ConversationEvent> happened = new ArrayList<>();
        Participant changed = transactions.inTransaction(() -> {
            Membership membership = access.requireLocked(actor, id);
            ConversationRules.requireNotMeetingChat(membership.conversation());
            Participant subject = conversations.participant(id, target)
                    .orElseThrow(() -> ParleyException.notFound("participant"));
            ConversationRules.requireMayChangeRole(membership.conversation(), membership.participant(), subject);
            if (subject.role() == role) {
                return subject;
            }
            if (role == Role.OWNER) {
                conversations.changeRole(id, actor, Role.ADMIN, now);
                happened.add(new ParticipantUpdated(membership.participant().withRole(Role.ADMIN)));
            }
            conversations.changeRole(id, target, role, now);
            happened.add(new ParticipantUpdated(subject.withRole(role)));
            String text = "{actor} made {target} " + (role == Role.MEMBER ? "a member" : role == Role.ADMIN ? "an admin" : "the owner");
            happened.add(new MessageCreated(notices.post(id, actor, target, text, now)));
            return subject.withRole(role);
        });
        happened.forEach(events::publish);
        return changed;
    }

    @Override
    public void leave(UserId actor, ConversationId id) {
        Instant now = clock.instant();
        List<ConversationEvent> happened = new ArrayList<>();
        transactions.run(() -> {
            Membership membership = access.requireLocked(actor, id);
            ConversationRules.requireNotMeetingChat(membership.conversation());
            Conversation conversation = membership.conversation();
            ConversationRules.requireMayLeave(conversation);
            conversations.markLeft(id, actor, now);
            conversations.update(conversation.withParticipantCount(conversation.participantCount() - 1, now));
            happened.add(new ParticipantRemoved(membership.participant()));
            happened.add(new MessageCreated(notices.post(id, actor, null, "{actor} left", now)));
            if (membership.participant().role() == Role.OWNER) {
                // The last one out leaves an ownerless conversation behind: its history stays.
                ConversationRules.successor(conversations.participants(id)).ifPresent(heir -> {
                    conversations.changeRole(id, heir.userId(), Role.OWNER, now);
                    happened.add(new ParticipantUpdated(heir.withRole(Role.OWNER)));
                    happened.add(new MessageCreated(notices.post(id, heir.userId(), null, "{actor} is now the owner", now)));
                });
            }
        });
        happened.forEach(events::publish);
    }
}
