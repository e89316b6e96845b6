package dev.parley.application.conversation.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationMembership;
import dev.parley.domain.conversation.ConversationSummary;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.MessageType;
import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.Role;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.ConversationRepository.ActivityKey;
import dev.parley.domain.conversation.out.ConversationRepository.Seat;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.shared.Ids;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link ConversationRepository} must do; run against the fake and against PostgreSQL. */
public abstract class ConversationRepositoryContract {
    protected static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    protected abstract ConversationRepository conversations();

    protected abstract MessageRepository messages();

    /** A user that exists in the store (foreign keys need one). */
    protected abstract UserId newUser();

    protected Conversation group(UserId owner, List<UserId> members, Instant at) {
        Conversation conversation = Conversation.create(new ConversationId(Ids.newId(at)), ConversationType.GROUP, "g",
                owner, members.size() + 1, at);
        List<Participant> participants = new java.util.ArrayList<>();
        participants.add(new Participant(conversation.id(), owner, Role.OWNER, at));
        members.forEach(member -> participants.add(new Participant(conversation.id(), member, Role.MEMBER, at.plusMillis(1))));
        assertThat(conversations().insert(conversation, null, participants)).isEmpty();
        return conversation;
    }

    protected void post(ConversationId id, UserId sender, String content, Instant at) {
        messages().append(new NewMessage(new MessageId(Ids.newId(at)), id, sender, MessageType.TEXT, content, null, null, at));
    }

    @Test
    void stores_and_finds_a_conversation_with_its_participants_longest_standing_first() {
        UserId owner = newUser();
        UserId member = newUser();
        Conversation group = group(owner, List.of(member), T0);

        assertThat(conversations().find(group.id())).contains(group);
        assertThat(conversations().participants(group.id())).extracting(Participant::userId).containsExactly(owner, member);
        assertThat(conversations().participant(group.id(), member).map(Participant::role)).contains(Role.MEMBER);
    }

    @Test
    void seen_by_a_participant_an_outsider_and_after_deletion() {
        UserId owner = newUser();
        UserId outsider = newUser();
        Conversation group = group(owner, List.of(), T0);

        assertThat(conversations().findAsSeenBy(group.id(), owner).orElseThrow().participant().map(Participant::role))
                .contains(Role.OWNER);
        assertThat(conversations().findAsSeenBy(group.id(), outsider).orElseThrow().participant()).isEmpty();
        conversations().update(group.deleted(T0));
        assertThat(conversations().findAsSeenBy(group.id(), owner)).isEmpty();
    }

    @Test
    void find_all_as_seen_by_answers_every_seat_of_a_batch_in_one_read() {
        UserId owner = newUser();
        UserId member = newUser();
        UserId outsider = newUser();
        Conversation one = group(owner, List.of(member), T0);
        Conversation two = group(member, List.of(), T0);
        Conversation gone = group(owner, List.of(), T0);
        conversations().update(gone.deleted(T0));
        ConversationId missing = new ConversationId(Ids.newId(T0));
        List<Seat> seats = List.of(new Seat(one.id(), owner), new Seat(one.id(), member), new Seat(one.id(), outsider),
                new Seat(two.id(), member), new Seat(gone.id(), owner), new Seat(missing, owner));

        Map<Seat, ConversationMembership> seen = conversations().findAllAsSeenBy(seats);

        assertThat(seen).containsOnlyKeys(seats.subList(0, 4));
        assertThat(seen.get(seats.get(0)).participant().map(Participant::role)).contains(Role.OWNER);
        assertThat(seen.get(seats.get(1)).participant().map(Participant::role)).contains(Role.MEMBER);
        assertThat(seen.get(seats.get(2)).participant()).isEmpty();
        assertThat(seen.get(seats.get(3)).conversation()).isEqualTo(two);
    }

    @Test
    void a_second_direct_conversation_of_a_pair_is_not_stored_and_the_first_is_named() {
        UserId a = newUser();
        UserId b = newUser();
        String key = a + ":" + b;
        Conversation first = Conversation.create(new ConversationId(Ids.newId(T0)), ConversationType.DIRECT, null, a, 2, T0);
        Conversation second = Conversation.create(new ConversationId(Ids.newId(T0)), ConversationType.DIRECT, null, b, 2, T0);

        assertThat(conversations().insert(first, key, List.of(new Participant(first.id(), a, Role.MEMBER, T0),
                new Participant(first.id(), b, Role.MEMBER, T0)))).isEmpty();
        assertThat(conversations().insert(second, key, List.of())).contains(first.id());
        assertThat(conversations().findDirect(key)).contains(first.id());
        assertThat(conversations().find(second.id())).isEmpty();
    }

    @Test
    void participants_who_left_are_gone_and_can_come_back() {
        UserId owner = newUser();
        UserId member = newUser();
        Conversation group = group(owner, List.of(member), T0);

        conversations().markLeft(group.id(), member, T0.plusSeconds(1));
        assertThat(conversations().participant(group.id(), member)).isEmpty();
        assertThat(conversations().participants(group.id())).extracting(Participant::userId).containsExactly(owner);

        conversations().addParticipant(new Participant(group.id(), member, Role.MEMBER, T0.plusSeconds(2)), T0.plusSeconds(2));
        assertThat(conversations().participant(group.id(), member)).isPresent();
        conversations().changeRole(group.id(), member, Role.ADMIN, T0.plusSeconds(3));
        assertThat(conversations().participant(group.id(), member).map(Participant::role)).contains(Role.ADMIN);
    }

    @Test
    void deleted_conversations_are_never_found() {
        UserId owner = newUser();
        Conversation group = group(owner, List.of(), T0);

        conversations().update(group.deleted(T0.plusSeconds(1)));

        assertThat(conversations().find(group.id())).isEmpty();
        assertThat(conversations().summary(group.id(), owner)).isEmpty();
        assertThat(conversations().list(owner, null, 10)).isEmpty();
    }

    @Test
    void summary_names_the_newest_message_and_counts_unread_messages_from_others() {
        UserId owner = newUser();
        UserId member = newUser();
        Conversation group = group(owner, List.of(member), T0);
        post(group.id(), owner, "one", T0.plusSeconds(1));
        post(group.id(), owner, "two", T0.plusSeconds(2));
        post(group.id(), member, "three", T0.plusSeconds(3));

        ConversationSummary forMember = conversations().summary(group.id(), member).orElseThrow();
        assertThat(forMember.lastMessage().content()).isEqualTo("three");
        assertThat(forMember.unreadCount()).isEqualTo(2);
        assertThat(forMember.conversation().lastSeq()).isEqualTo(3);

        assertThat(conversations().advanceReadCursor(group.id(), member, 2)).isTrue();
        assertThat(conversations().advanceReadCursor(group.id(), member, 1)).isFalse();
        assertThat(conversations().readCursor(group.id(), member)).isEqualTo(2);
        assertThat(conversations().summary(group.id(), member).orElseThrow().unreadCount()).isZero();
    }

    @Test
    void list_orders_by_latest_activity_and_pages_by_keyset() {
        UserId me = newUser();
        Conversation quiet = group(me, List.of(), T0);
        Conversation busy = group(me, List.of(), T0.plusSeconds(1));
        Conversation newest = group(me, List.of(), T0.plusSeconds(2));
        post(busy.id(), me, "wake up", T0.plusSeconds(10));

        List<ConversationSummary> first = conversations().list(me, null, 2);
        assertThat(first).extracting(summary -> summary.conversation().id()).containsExactly(busy.id(), newest.id());
        ConversationSummary last = first.get(1);
        List<ConversationSummary> rest = conversations().list(me,
                new ActivityKey(last.lastActivityAt().truncatedTo(ChronoUnit.MICROS), last.conversation().id()), 2);
        assertThat(rest).extracting(summary -> summary.conversation().id()).containsExactly(quiet.id());
        assertThat(conversations().list(newUser(), null, 10)).isEmpty();
    }
}
