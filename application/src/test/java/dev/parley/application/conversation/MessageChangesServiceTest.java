package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageEdit;
import dev.parley.domain.conversation.Role;
import dev.parley.domain.conversation.event.ConversationDeleted;
import dev.parley.domain.conversation.event.MessageDeleted;
import dev.parley.domain.conversation.event.MessageRestored;
import dev.parley.domain.conversation.event.MessageUpdated;
import dev.parley.domain.conversation.in.ManageConversationUseCase;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import org.junit.jupiter.api.Test;

/** Editing, deleting, restoring and deleting whole conversations, with the events they publish. */
class MessageChangesServiceTest {
    private final ConversationFixture fixture = new ConversationFixture();
    private final ManageConversationService manage = new ManageConversationService(fixture.conversations,
            fixture.messages, fixture.transactions, fixture.events, fixture.clock);
    private final UserId alice = fixture.user("alice");
    private final UserId bob = fixture.user("bob");

    @Test
    void edit_keeps_the_previous_version_and_publishes_the_update() {
        ConversationId id = fixture.direct(alice, bob);
        Message original = fixture.post(alice, id, "helo");

        Message edited = fixture.change.edit(alice, original.id(), "hello");

        assertThat(edited.content()).isEqualTo("hello");
        assertThat(edited.editedAt()).isNotNull();
        assertThat(fixture.queries.edits(bob, original.id())).extracting(MessageEdit::content).containsExactly("helo");
        assertThat(fixture.events.ofType(MessageUpdated.class)).extracting(MessageUpdated::message).containsExactly(edited);
    }

    @Test
    void unchanged_edit_stores_no_version_and_publishes_nothing() {
        ConversationId id = fixture.direct(alice, bob);
        Message original = fixture.post(alice, id, "same");
        fixture.events.clear();

        fixture.change.edit(alice, original.id(), "same");

        assertThat(fixture.queries.edits(alice, original.id())).isEmpty();
        assertThat(fixture.events.all()).isEmpty();
    }

    @Test
    void delete_and_restore_publish_once_each_and_repeating_them_changes_nothing() {
        ConversationId id = fixture.direct(alice, bob);
        Message message = fixture.post(alice, id, "oops");

        Message deleted = fixture.change.delete(alice, message.id());
        fixture.change.delete(alice, message.id());
        Message restored = fixture.change.restore(alice, message.id());
        fixture.change.restore(alice, message.id());

        assertThat(deleted.content()).isNull();
        assertThat(deleted.seq()).isEqualTo(message.seq());
        assertThat(restored.content()).isEqualTo("oops");
        assertThat(fixture.events.ofType(MessageDeleted.class)).hasSize(1);
        assertThat(fixture.events.ofType(MessageRestored.class)).hasSize(1);
    }

    @Test
    void a_deleted_messages_earlier_versions_are_hidden_from_everyone_but_its_author() {
        ConversationId id = fixture.direct(alice, bob);
        Message message = fixture.post(alice, id, "draft 1");
        fixture.change.edit(alice, message.id(), "draft 2");

        fixture.change.delete(alice, message.id());

        assertThat(fixture.queries.edits(bob, message.id())).isEmpty();
        assertThat(fixture.queries.edits(alice, message.id())).extracting(MessageEdit::content).containsExactly("draft 1");
        fixture.change.restore(alice, message.id());
        assertThat(fixture.queries.edits(bob, message.id())).extracting(MessageEdit::content).containsExactly("draft 1");
    }

    @Test
    void the_author_cannot_undo_a_moderators_deletion_but_the_moderator_and_the_owner_can() {
        UserId carol = fixture.user("carol");
        ConversationId id = fixture.group(ConversationType.GROUP, alice, bob, carol);
        fixture.participants.changeRole(alice, id, carol, Role.ADMIN);
        Message message = fixture.post(bob, id, "spam");

        fixture.change.delete(carol, message.id());

        assertThatThrownBy(() -> fixture.change.restore(bob, message.id())).isInstanceOfSatisfying(ParleyException.class,
                rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThat(fixture.messages.find(message.id()).orElseThrow().isDeleted()).isTrue();
        assertThat(fixture.change.restore(carol, message.id()).content()).isEqualTo("spam");

        fixture.change.delete(carol, message.id());
        assertThat(fixture.change.restore(alice, message.id()).content()).isEqualTo("spam");
    }

    @Test
    void a_message_its_author_deleted_is_restored_only_by_its_author() {
        ConversationId id = fixture.group(ConversationType.GROUP, alice, bob);
        Message message = fixture.post(bob, id, "mine");
        fixture.change.delete(bob, message.id());

        assertThatThrownBy(() -> fixture.change.restore(alice, message.id())).isInstanceOfSatisfying(ParleyException.class,
                rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThat(fixture.change.restore(bob, message.id()).content()).isEqualTo("mine");
    }

    @Test
    void deleting_a_group_tells_every_member_and_keeps_the_messages() {
        ConversationId id = fixture.group(ConversationType.GROUP, alice, bob);
        Message message = fixture.post(bob, id, "still here");

        manage.delete(alice, id);

        assertThat(fixture.events.ofType(ConversationDeleted.class)).singleElement()
                .satisfies(event -> assertThat(event.memberIds()).containsExactlyInAnyOrder(alice, bob));
        assertThat(fixture.messages.find(message.id())).isPresent();
        assertThatThrownBy(() -> fixture.queries.get(bob, message.id())).isInstanceOfSatisfying(ParleyException.class,
                rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void rename_by_a_member_is_forbidden_and_changes_nothing() {
        ConversationId id = fixture.group(ConversationType.GROUP, alice, bob);

        assertThatThrownBy(() -> manage.update(bob, id, new ManageConversationUseCase.Changes("mine", null)))
                .isInstanceOfSatisfying(ParleyException.class, rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThat(fixture.conversations.find(id).orElseThrow().name()).isEqualTo("g");
    }
}
