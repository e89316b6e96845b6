package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.conversation.Role;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.in.ManageConversationUseCase;
import dev.parley.domain.conversation.in.MessageQueriesUseCase.HistoryQuery;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** A meeting's chat follows its meeting: the generic management use cases refuse it, reading and sending do not. */
class MeetingChatManagementTest {
    private final ConversationFixture fixture = new ConversationFixture();
    private final ManageConversationService manage = new ManageConversationService(fixture.conversations,
            fixture.messages, fixture.transactions, fixture.events, fixture.clock);
    private final MeetingConversations meetingChats = new MeetingConversations(fixture.conversations,
            fixture.messages, fixture.users);
    private final UserId host = fixture.user("host");
    private final UserId moderator = fixture.user("moderator");
    private final UserId guest = fixture.user("guest");
    private final UserId outsider = fixture.user("outsider");
    private final ConversationId chat = meetingChat();

    @Test
    void the_owner_cannot_rename_or_delete_a_meetings_chat() {
        refused(() -> manage.update(host, chat, new ManageConversationUseCase.Changes("renamed", "topic")));
        refused(() -> manage.delete(host, chat));

        assertThat(fixture.conversations.find(chat)).map(Conversation::name).contains("Standup");
        assertUnchanged();
    }

    @Test
    void owner_and_admin_cannot_add_remove_or_re_role_anyone_in_a_meetings_chat() {
        refused(() -> fixture.participants.add(host, chat, List.of(outsider)));
        refused(() -> fixture.participants.add(moderator, chat, List.of(outsider)));
        refused(() -> fixture.participants.remove(host, chat, guest));
        refused(() -> fixture.participants.remove(moderator, chat, guest));
        refused(() -> fixture.participants.remove(host, chat, outsider));
        refused(() -> fixture.participants.changeRole(host, chat, guest, Role.ADMIN));
        refused(() -> fixture.participants.changeRole(host, chat, moderator, Role.OWNER));

        assertUnchanged();
    }

    @Test
    void nobody_leaves_a_meetings_chat_as_a_conversation() {
        refused(() -> fixture.participants.leave(guest, chat));
        refused(() -> fixture.participants.remove(guest, chat, guest));
        refused(() -> fixture.participants.leave(host, chat));

        assertUnchanged();
    }

    @Test
    void members_still_read_and_send_in_a_meetings_chat() {
        fixture.post(guest, chat, "hi");

        assertThat(fixture.queries.history(guest, chat, new HistoryQuery(null, null, null, 10)).items())
                .extracting(Message::content).contains("hi");
    }

    @Test
    void ordinary_groups_are_still_managed_as_before() {
        ConversationId group = fixture.group(ConversationType.GROUP, host, guest);

        fixture.participants.add(host, group, List.of(outsider));
        manage.update(host, group, new ManageConversationUseCase.Changes("renamed", null));

        assertThat(fixture.conversations.participants(group)).extracting(Participant::userId).contains(outsider);
        assertThat(fixture.conversations.find(group)).map(Conversation::name).contains("renamed");
    }

    private ConversationId meetingChat() {
        Instant at = Instant.parse("2026-11-21T09:00:00Z");
        ConversationId id = meetingChats.open("Standup", host, at);
        // What joining the meeting does to its chat: the host owns it, moderators administer it.
        fixture.conversations.addParticipant(new Participant(id, host, Role.OWNER, at), at);
        fixture.conversations.addParticipant(new Participant(id, moderator, Role.ADMIN, at), at);
        fixture.conversations.addParticipant(new Participant(id, guest, Role.MEMBER, at), at);
        fixture.conversations.update(fixture.conversations.find(id).orElseThrow().withParticipantCount(3, at));
        return id;
    }

    private void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ParleyException.class, rejection -> {
            assertThat(rejection.code()).isEqualTo(ErrorCode.FORBIDDEN);
            assertThat(rejection.getMessage()).contains("a meeting's chat follows its meeting");
        });
    }

    private void assertUnchanged() {
        assertThat(fixture.conversations.participants(chat))
                .extracting(Participant::userId, Participant::role)
                .containsExactlyInAnyOrder(Tuple.tuple(host, Role.OWNER),
                        Tuple.tuple(moderator, Role.ADMIN),
                        Tuple.tuple(guest, Role.MEMBER));
        assertThat(fixture.conversations.find(chat)).map(Conversation::participantCount).contains(3);
        assertThat(fixture.events.all()).isEmpty();
    }
}
