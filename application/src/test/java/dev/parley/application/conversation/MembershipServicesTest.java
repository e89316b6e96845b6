package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageType;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.Role;
import dev.parley.domain.conversation.event.ConversationCreated;
import dev.parley.domain.conversation.event.MessageCreated;
import dev.parley.domain.conversation.event.ParticipantAdded;
import dev.parley.domain.conversation.event.ParticipantRemoved;
import dev.parley.domain.conversation.event.ParticipantUpdated;
import dev.parley.domain.conversation.event.ReadCursorMoved;
import dev.parley.domain.conversation.in.CreateConversationUseCase;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Creating, membership changes, ownership transfer and read cursors, with the events each publishes. */
class MembershipServicesTest {
    private final ConversationFixture fixture = new ConversationFixture();
    private final UserId alice = fixture.user("alice");
    private final UserId bob = fixture.user("bob");
    private final UserId carol = fixture.user("carol");

    @Test
    void direct_conversation_is_created_once_and_announced_once_to_both() {
        var command = new CreateConversationUseCase.Command(alice, ConversationType.DIRECT, bob, null, null);

        var first = fixture.create.create(command);
        var second = fixture.create.create(new CreateConversationUseCase.Command(bob, ConversationType.DIRECT, alice, null, null));

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.conversation().conversation().id()).isEqualTo(first.conversation().conversation().id());
        assertThat(fixture.events.ofType(ConversationCreated.class)).singleElement()
                .satisfies(event -> assertThat(event.memberIds()).containsExactlyInAnyOrder(alice, bob));
        assertThat(fixture.reachability.asked()).contains(alice + ">" + bob + ":MESSAGE");
    }

    @Test
    void adding_asks_reachability_writes_a_system_message_and_announces_the_participant() {
        ConversationId id = fixture.group(ConversationType.GROUP, alice, bob);
        fixture.events.clear();

        List<Participant> all = fixture.participants.add(alice, id, List.of(carol));

        assertThat(all).extracting(Participant::userId).containsExactlyInAnyOrder(alice, bob, carol);
        assertThat(all.getLast().userId()).isEqualTo(carol);
        assertThat(fixture.reachability.asked()).contains(alice + ">" + carol + ":ADD_TO_GROUP");
        assertThat(fixture.events.ofType(ParticipantAdded.class)).extracting(ParticipantAdded::userId).containsExactly(carol);
        Message notice = fixture.events.ofType(MessageCreated.class).getFirst().message();
        assertThat(notice.type()).isEqualTo(MessageType.SYSTEM);
        assertThat(notice.content()).isEqualTo("alice added carol");
        assertThat(notice.senderId()).isEqualTo(alice);
    }

    @Test
    void group_size_limit_rejects_the_whole_addition() {
        ConversationId id = fixture.group(ConversationType.GROUP, alice, bob, carol);

        assertThatThrownBy(() -> fixture.participants.add(alice, id, List.of(fixture.user("dave"), fixture.user("erin"))))
                .isInstanceOfSatisfying(ParleyException.class, rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(fixture.conversations.participants(id)).hasSize(3);
    }

    @Test
    void owner_leaving_hands_ownership_to_the_longest_standing_admin() {
        ConversationId id = fixture.group(ConversationType.GROUP, alice, bob, carol);
        fixture.participants.changeRole(alice, id, carol, Role.ADMIN);
        fixture.events.clear();

        fixture.participants.leave(alice, id);

        assertThat(fixture.conversations.participant(id, carol).map(Participant::role)).contains(Role.OWNER);
        assertThat(fixture.conversations.participant(id, alice)).isEmpty();
        assertThat(fixture.events.ofType(ParticipantRemoved.class)).extracting(ParticipantRemoved::userId).containsExactly(alice);
        assertThat(fixture.events.ofType(ParticipantUpdated.class)).extracting(ParticipantUpdated::userId).containsExactly(carol);
        assertThat(fixture.events.ofType(MessageCreated.class)).extracting(event -> event.message().content())
                .containsExactly("alice left", "carol is now the owner");
    }

    @Test
    void the_last_one_out_leaves_the_history_in_place() {
        ConversationId id = fixture.group(ConversationType.GROUP, alice);
        fixture.post(alice, id, "anyone?");

        fixture.participants.leave(alice, id);

        assertThat(fixture.conversations.participants(id)).isEmpty();
        assertThat(fixture.messages.before(id, Long.MAX_VALUE, 10)).hasSize(2);
    }

    @Test
    void read_cursor_event_is_published_only_when_the_cursor_moves() {
        ConversationId id = fixture.direct(alice, bob);
        fixture.post(alice, id, "one");
        fixture.post(alice, id, "two");
        fixture.events.clear();

        assertThat(fixture.markRead.markRead(bob, id, 2)).isEqualTo(2);
        assertThat(fixture.markRead.markRead(bob, id, 1)).isEqualTo(2);

        assertThat(fixture.events.ofType(ReadCursorMoved.class)).containsExactly(new ReadCursorMoved(id, bob, 2));
    }
}
