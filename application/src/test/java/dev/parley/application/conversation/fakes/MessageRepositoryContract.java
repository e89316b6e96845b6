package dev.parley.application.conversation.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageEdit;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.MessageType;
import dev.parley.domain.conversation.NewMessage;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.conversation.out.MessageRepository;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every message store must do; run against the fake and against PostgreSQL. */
public abstract class MessageRepositoryContract extends ConversationRepositoryContract {

    private Message append(ConversationId id, UserId sender, String content, String clientMsgId) {
        return messages().append(new NewMessage(new MessageId(Ids.newId(T0)), id, sender, MessageType.TEXT, content,
                null, clientMsgId, T0)).orElseThrow();
    }

    @Test
    void append_assigns_consecutive_seqs_per_conversation() {
        UserId me = newUser();
        Conversation one = group(me, List.of(), T0);
        Conversation two = group(me, List.of(), T0);

        assertThat(append(one.id(), me, "a", null).seq()).isEqualTo(1);
        assertThat(append(one.id(), me, "b", null).seq()).isEqualTo(2);
        assertThat(append(two.id(), me, "c", null).seq()).isEqualTo(1);
        assertThat(conversations().find(one.id()).orElseThrow().lastSeq()).isEqualTo(2);
    }

    @Test
    void a_repeated_client_msg_id_of_the_same_sender_is_not_stored_twice() {
        UserId me = newUser();
        UserId other = newUser();
        Conversation group = group(me, List.of(other), T0);
        Message original = append(group.id(), me, "once", "k1");

        assertThat(messages().append(new NewMessage(new MessageId(Ids.newId(T0)), group.id(), me, MessageType.TEXT,
                "twice", null, "k1", T0))).isEmpty();
        assertThat(messages().findByClientMsgId(group.id(), me, "k1")).contains(original);
        assertThat(append(group.id(), other, "theirs", "k1").clientMsgId()).isEqualTo("k1");
    }

    @Test
    void append_all_numbers_each_conversation_consecutively_and_answers_repeats_with_the_original() {
        UserId me = newUser();
        Conversation one = group(me, List.of(), T0);
        Conversation two = group(me, List.of(), T0);
        Message earlier = append(one.id(), me, "earlier", "stored");

        List<MessageRepository.Appended> answers = messages().appendAll(List.of(
                fresh(one.id(), me, "a", "x"), fresh(two.id(), me, "b", null), fresh(one.id(), me, "c", "stored"),
                fresh(one.id(), me, "d", "x"), fresh(one.id(), me, "e", null))).stream()
                .map(MessageRepository.Appended.class::cast).toList();

        assertThat(answers).extracting(answer -> answer.message().seq()).containsExactly(2L, 1L, 1L, 2L, 3L);
        assertThat(answers).extracting(MessageRepository.Appended::created).containsExactly(true, true, false, false, true);
        assertThat(answers.get(2).message()).isEqualTo(earlier);
        assertThat(answers.get(3).message()).isEqualTo(answers.get(0).message());
        assertThat(conversations().find(one.id()).orElseThrow().lastSeq()).isEqualTo(3);
        assertThat(messages().after(one.id(), 0, 10)).extracting(Message::content).containsExactly("earlier", "a", "e");
    }

    @Test
    void append_all_stores_nothing_for_a_deleted_conversation_and_everything_else() {
        UserId me = newUser();
        Conversation gone = group(me, List.of(), T0);
        Conversation live = group(me, List.of(), T0);
        conversations().update(gone.deleted(T0));

        List<MessageRepository.AppendAnswer> answers = messages().appendAll(List.of(
                fresh(gone.id(), me, "late", null), fresh(live.id(), me, "in time", null)));

        assertThat(answers.get(0)).isEqualTo(new MessageRepository.ConversationGone());
        assertThat(((MessageRepository.Appended) answers.get(1)).message().seq()).isEqualTo(1);
        assertThat(messages().after(gone.id(), 0, 10)).isEmpty();
    }

    @Test
    void append_all_refuses_a_sender_who_left_or_never_joined_and_stores_the_rest() {
        UserId me = newUser();
        UserId left = newUser();
        UserId stranger = newUser();
        Conversation group = group(me, List.of(left), T0);
        Message before = append(group.id(), left, "before leaving", "k");
        conversations().markLeft(group.id(), left, T0.plusSeconds(1));

        List<MessageRepository.AppendAnswer> answers = messages().appendAll(List.of(
                fresh(group.id(), left, "after leaving", null), fresh(group.id(), stranger, "never joined", null),
                fresh(group.id(), left, "retry", "k"), fresh(group.id(), me, "still here", null)));

        assertThat(answers.subList(0, 2)).containsOnly(new MessageRepository.Refused(ErrorCode.NOT_A_PARTICIPANT));
        assertThat(answers.get(2)).isEqualTo(new MessageRepository.Appended(before, false));
        assertThat(((MessageRepository.Appended) answers.get(3)).message().seq()).isEqualTo(2);
        assertThat(messages().after(group.id(), 0, 10)).extracting(Message::content)
                .containsExactly("before leaving", "still here");
    }

    private static NewMessage fresh(ConversationId id, UserId sender, String content, String clientMsgId) {
        return new NewMessage(new MessageId(Ids.newId(T0)), id, sender, MessageType.TEXT, content, null, clientMsgId, T0);
    }

    @Test
    void appending_to_a_deleted_conversation_is_not_found() {
        UserId me = newUser();
        Conversation group = group(me, List.of(), T0);
        conversations().update(group.deleted(T0));

        assertThatThrownBy(() -> append(group.id(), me, "late", null)).isInstanceOf(ParleyException.class);
    }

    @Test
    void pages_before_newest_first_and_after_oldest_first() {
        UserId me = newUser();
        Conversation group = group(me, List.of(), T0);
        for (int i = 1; i <= 5; i++) {
            append(group.id(), me, "m" + i, null);
        }

        assertThat(messages().before(group.id(), Long.MAX_VALUE, 2)).extracting(Message::seq).containsExactly(5L, 4L);
        assertThat(messages().before(group.id(), 4, 10)).extracting(Message::seq).containsExactly(3L, 2L, 1L);
        assertThat(messages().after(group.id(), 3, 10)).extracting(Message::seq).containsExactly(4L, 5L);
    }

    @Test
    void guarded_pages_are_the_plain_pages_for_members_and_empty_for_anyone_else() {
        UserId me = newUser();
        UserId member = newUser();
        UserId stranger = newUser();
        Conversation group = group(me, List.of(member), T0);
        for (int i = 1; i <= 5; i++) {
            append(group.id(), me, "m" + i, null);
        }

        assertThat(messages().beforeAsSeenBy(member, group.id(), 4, 2)).extracting(Message::seq).containsExactly(3L, 2L);
        assertThat(messages().afterAsSeenBy(member, group.id(), 3, 10)).extracting(Message::seq).containsExactly(4L, 5L);
        assertThat(messages().beforeAsSeenBy(member, group.id(), 1, 10)).isEmpty();
        assertThat(messages().beforeAsSeenBy(stranger, group.id(), Long.MAX_VALUE, 10)).isEmpty();
        assertThat(messages().afterAsSeenBy(stranger, group.id(), 0, 10)).isEmpty();

        conversations().markLeft(group.id(), member, T0.plusSeconds(1));
        assertThat(messages().beforeAsSeenBy(member, group.id(), Long.MAX_VALUE, 10)).isEmpty();
        assertThat(messages().beforeAsSeenBy(me, group.id(), Long.MAX_VALUE, 10)).hasSize(5);

        conversations().update(group.deleted(T0.plusSeconds(2)));
        assertThat(messages().beforeAsSeenBy(me, group.id(), Long.MAX_VALUE, 10)).isEmpty();
        assertThat(messages().afterAsSeenBy(me, group.id(), 0, 10)).isEmpty();
    }

    @Test
    void edit_keeps_the_earlier_versions_newest_first() {
        UserId me = newUser();
        Conversation group = group(me, List.of(), T0);
        Message message = append(group.id(), me, "v1", null);

        messages().edit(message.id(), "v2", T0.plusSeconds(1));
        Message edited = messages().edit(message.id(), "v3", T0.plusSeconds(2));

        assertThat(edited.content()).isEqualTo("v3");
        assertThat(edited.editedAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(messages().edits(message.id())).extracting(MessageEdit::content).containsExactly("v2", "v1");
    }

    @Test
    void soft_delete_hides_content_keeps_seq_and_restore_brings_it_back() {
        UserId me = newUser();
        Conversation group = group(me, List.of(), T0);
        Message message = append(group.id(), me, "secret words", null);

        Message deleted = messages().softDelete(message.id(), T0.plusSeconds(1), me);
        assertThat(deleted.content()).isNull();
        assertThat(messages().find(message.id()).orElseThrow().content()).isNull();
        assertThat(messages().before(group.id(), Long.MAX_VALUE, 10).getFirst().content()).isNull();
        assertThat(messages().search(group.id(), "secret", Long.MAX_VALUE, 10)).isEmpty();

        Message restored = messages().restore(message.id(), T0.plusSeconds(2));
        assertThat(restored.content()).isEqualTo("secret words");
        assertThat(restored.seq()).isEqualTo(message.seq());
        assertThat(messages().search(group.id(), "secret", Long.MAX_VALUE, 10)).extracting(Message::id).containsExactly(message.id());
    }

    @Test
    void remembers_who_deleted_a_message_until_it_is_restored() {
        UserId author = newUser();
        UserId moderator = newUser();
        Conversation group = group(author, List.of(moderator), T0);
        Message message = append(group.id(), author, "off topic", null);

        assertThat(messages().deletedBy(message.id())).isEmpty();
        messages().softDelete(message.id(), T0.plusSeconds(1), moderator);
        assertThat(messages().deletedBy(message.id())).contains(moderator);

        messages().restore(message.id(), T0.plusSeconds(2));
        assertThat(messages().deletedBy(message.id())).isEmpty();
    }

    @Test
    void search_matches_words_newest_first_within_one_conversation() {
        UserId me = newUser();
        Conversation group = group(me, List.of(), T0);
        Conversation other = group(me, List.of(), T0);
        append(group.id(), me, "Pizza tonight", null);
        append(group.id(), me, "salad", null);
        append(group.id(), me, "more PIZZA", null);
        append(other.id(), me, "pizza elsewhere", null);

        assertThat(messages().search(group.id(), "pizza", Long.MAX_VALUE, 10)).extracting(Message::seq).containsExactly(3L, 1L);
        assertThat(messages().search(group.id(), "pizza", 3, 10)).extracting(Message::seq).containsExactly(1L);
    }
}
