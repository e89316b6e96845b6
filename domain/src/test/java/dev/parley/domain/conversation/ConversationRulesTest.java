package dev.parley.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.UserId;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every membership and message rule, without infrastructure. */
class ConversationRulesTest {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final ConversationId ID = new ConversationId(UUID.randomUUID());

    private final Participant owner = participant(Role.OWNER, 0);
    private final Participant admin = participant(Role.ADMIN, 1);
    private final Participant otherAdmin = participant(Role.ADMIN, 2);
    private final Participant member = participant(Role.MEMBER, 3);
    private final Participant otherMember = participant(Role.MEMBER, 4);

    @Test
    void broadcast_lets_owner_and_admins_post_but_not_members() {
        Conversation broadcast = conversation(ConversationType.BROADCAST);

        assertThat(ConversationRules.mayPost(broadcast, owner)).isTrue();
        assertThat(ConversationRules.mayPost(broadcast, admin)).isTrue();
        assertThat(ConversationRules.mayPost(broadcast, member)).isFalse();
    }

    @Test
    void everyone_posts_in_groups_and_direct_conversations() {
        assertThat(ConversationRules.mayPost(conversation(ConversationType.GROUP), member)).isTrue();
        assertThat(ConversationRules.mayPost(conversation(ConversationType.DIRECT), member)).isTrue();
    }

    @Test
    void a_meetings_chat_is_never_managed_as_a_conversation_but_ordinary_groups_are() {
        Conversation meetingChat = Conversation.meetingChat(ID, "Weekly sync", owner.userId(), T0);

        assertRejected(() -> ConversationRules.requireNotMeetingChat(meetingChat), ErrorCode.FORBIDDEN);
        assertRejected(() -> ConversationRules.requireNotMeetingChat(meetingChat.renamed("x", null, T0)), ErrorCode.FORBIDDEN);
        assertThat(ConversationRules.mayPost(meetingChat, member)).isTrue();
        assertThatCode(() -> ConversationRules.requireNotMeetingChat(conversation(ConversationType.GROUP)))
                .doesNotThrowAnyException();
    }

    @Test
    void owner_and_admins_manage_groups_members_do_not() {
        Conversation group = conversation(ConversationType.GROUP);

        assertThatCode(() -> ConversationRules.requireMayManage(group, owner)).doesNotThrowAnyException();
        assertThatCode(() -> ConversationRules.requireMayManage(group, admin)).doesNotThrowAnyException();
        assertRejected(() -> ConversationRules.requireMayManage(group, member), ErrorCode.FORBIDDEN);
    }

    @Test
    void direct_conversations_cannot_be_managed_left_or_have_roles_and_cannot_be_deleted() {
        Conversation direct = conversation(ConversationType.DIRECT);

        assertRejected(() -> ConversationRules.requireMayManage(direct, owner), ErrorCode.CONFLICT);
        assertRejected(() -> ConversationRules.requireMayLeave(direct), ErrorCode.CONFLICT);
        assertRejected(() -> ConversationRules.requireMayRemove(direct, owner, member), ErrorCode.CONFLICT);
        assertRejected(() -> ConversationRules.requireMayChangeRole(direct, owner, member), ErrorCode.CONFLICT);
        assertRejected(() -> ConversationRules.requireMayDelete(direct, owner), ErrorCode.FORBIDDEN);
    }

    @Test
    void only_the_owner_deletes_a_group() {
        Conversation group = conversation(ConversationType.GROUP);

        assertThatCode(() -> ConversationRules.requireMayDelete(group, owner)).doesNotThrowAnyException();
        assertRejected(() -> ConversationRules.requireMayDelete(group, admin), ErrorCode.FORBIDDEN);
        assertRejected(() -> ConversationRules.requireMayDelete(group, member), ErrorCode.FORBIDDEN);
    }

    @Test
    void owner_removes_anyone_admins_remove_members_only_and_nobody_removes_the_owner() {
        Conversation group = conversation(ConversationType.GROUP);

        assertThatCode(() -> ConversationRules.requireMayRemove(group, owner, admin)).doesNotThrowAnyException();
        assertThatCode(() -> ConversationRules.requireMayRemove(group, owner, member)).doesNotThrowAnyException();
        assertThatCode(() -> ConversationRules.requireMayRemove(group, admin, member)).doesNotThrowAnyException();
        assertRejected(() -> ConversationRules.requireMayRemove(group, admin, otherAdmin), ErrorCode.FORBIDDEN);
        assertRejected(() -> ConversationRules.requireMayRemove(group, admin, owner), ErrorCode.FORBIDDEN);
        assertRejected(() -> ConversationRules.requireMayRemove(group, member, otherMember), ErrorCode.FORBIDDEN);
    }

    @Test
    void only_the_owner_changes_roles_and_not_their_own() {
        Conversation group = conversation(ConversationType.GROUP);

        assertThatCode(() -> ConversationRules.requireMayChangeRole(group, owner, member)).doesNotThrowAnyException();
        assertRejected(() -> ConversationRules.requireMayChangeRole(group, admin, member), ErrorCode.FORBIDDEN);
        assertRejected(() -> ConversationRules.requireMayChangeRole(group, owner, owner), ErrorCode.CONFLICT);
    }

    @Test
    void ownership_passes_to_the_longest_standing_admin() {
        assertThat(ConversationRules.successor(List.of(member, otherAdmin, admin))).contains(admin);
    }

    @Test
    void ownership_passes_to_the_longest_standing_member_when_there_is_no_admin() {
        assertThat(ConversationRules.successor(List.of(otherMember, member))).contains(member);
    }

    @Test
    void nobody_inherits_an_empty_conversation() {
        assertThat(ConversationRules.successor(List.of())).isEmpty();
    }

    @Test
    void group_size_limit_counts_current_and_joining_participants() {
        assertThatCode(() -> ConversationRules.requireRoom(998, 2, 1000)).doesNotThrowAnyException();
        assertRejected(() -> ConversationRules.requireRoom(999, 2, 1000), ErrorCode.CONFLICT);
    }

    @Test
    void only_the_author_edits_and_restores_and_never_a_system_message() {
        Message text = message(member.userId(), MessageType.TEXT, null);
        Message notice = message(owner.userId(), MessageType.SYSTEM, null);

        assertThatCode(() -> ConversationRules.requireMayEdit(text, member.userId())).doesNotThrowAnyException();
        assertRejected(() -> ConversationRules.requireMayEdit(text, owner.userId()), ErrorCode.FORBIDDEN);
        assertRejected(() -> ConversationRules.requireMayEdit(notice, owner.userId()), ErrorCode.FORBIDDEN);
        assertRejected(() -> ConversationRules.requireMayEdit(message(member.userId(), MessageType.TEXT, T0), member.userId()),
                ErrorCode.CONFLICT);
        Conversation group = conversation(ConversationType.GROUP);
        assertThatCode(() -> ConversationRules.requireMayRestore(group, text, member, member.userId()))
                .doesNotThrowAnyException();
        assertRejected(() -> ConversationRules.requireMayRestore(group, text, owner, member.userId()), ErrorCode.FORBIDDEN);
        assertRejected(() -> ConversationRules.requireMayRestore(group, notice, owner, owner.userId()), ErrorCode.FORBIDDEN);
    }

    @Test
    void a_moderators_deletion_is_undone_by_that_moderator_or_an_owner_or_admin_never_by_the_author_alone() {
        Message moderated = message(member.userId(), MessageType.TEXT, T0);
        Conversation group = conversation(ConversationType.GROUP);

        assertRejected(() -> ConversationRules.requireMayRestore(group, moderated, member, admin.userId()), ErrorCode.FORBIDDEN);
        assertRejected(() -> ConversationRules.requireMayRestore(group, moderated, otherMember, admin.userId()),
                ErrorCode.FORBIDDEN);
        assertThatCode(() -> ConversationRules.requireMayRestore(group, moderated, admin, admin.userId()))
                .doesNotThrowAnyException();
        assertThatCode(() -> ConversationRules.requireMayRestore(group, moderated, otherAdmin, admin.userId()))
                .doesNotThrowAnyException();
        assertThatCode(() -> ConversationRules.requireMayRestore(group, moderated, owner, admin.userId()))
                .doesNotThrowAnyException();
    }

    @Test
    void a_deleted_messages_history_is_readable_only_by_its_author() {
        Message deleted = message(member.userId(), MessageType.TEXT, T0);
        Message live = message(member.userId(), MessageType.TEXT, null);

        assertThat(ConversationRules.mayReadEdits(deleted, member.userId())).isTrue();
        assertThat(ConversationRules.mayReadEdits(deleted, owner.userId())).isFalse();
        assertThat(ConversationRules.mayReadEdits(live, owner.userId())).isTrue();
    }

    @Test
    void authors_delete_their_messages_and_group_owner_and_admins_delete_anyones() {
        Message byMember = message(member.userId(), MessageType.TEXT, null);
        Conversation group = conversation(ConversationType.GROUP);
        Conversation direct = conversation(ConversationType.DIRECT);

        assertThatCode(() -> ConversationRules.requireMayDelete(group, byMember, member)).doesNotThrowAnyException();
        assertThatCode(() -> ConversationRules.requireMayDelete(group, byMember, admin)).doesNotThrowAnyException();
        assertThatCode(() -> ConversationRules.requireMayDelete(conversation(ConversationType.BROADCAST), byMember, owner))
                .doesNotThrowAnyException();
        assertRejected(() -> ConversationRules.requireMayDelete(group, byMember, otherMember), ErrorCode.FORBIDDEN);
        assertRejected(() -> ConversationRules.requireMayDelete(direct, byMember, otherMember), ErrorCode.FORBIDDEN);
        assertRejected(() -> ConversationRules.requireMayDelete(group, message(owner.userId(), MessageType.SYSTEM, null), owner),
                ErrorCode.FORBIDDEN);
    }

    private static void assertRejected(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ParleyException.class,
                rejection -> assertThat(rejection.code()).isEqualTo(code));
    }

    private static Participant participant(Role role, int minutesAfterStart) {
        return new Participant(ID, new UserId(UUID.randomUUID()), role, T0.plusSeconds(60L * minutesAfterStart));
    }

    private static Conversation conversation(ConversationType type) {
        return Conversation.create(ID, type, type == ConversationType.DIRECT ? null : "name",
                new UserId(UUID.randomUUID()), 5, T0);
    }

    private static Message message(UserId sender, MessageType type, Instant deletedAt) {
        return new Message(new MessageId(UUID.randomUUID()), ID, 1, sender, type, "text", null, null, T0, null, deletedAt);
    }
}
