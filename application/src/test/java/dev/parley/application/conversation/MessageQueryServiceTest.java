package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.in.MessageQueriesUseCase.HistoryQuery;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.Page;
import dev.parley.domain.shared.ParleyException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageQueryServiceTest {
    private final ConversationFixture fixture = new ConversationFixture();
    private final UserId owner = fixture.user("olga");
    private final UserId member = fixture.user("mia");
    private final UserId stranger = fixture.user("sam");
    private final ConversationId group = fixture.group(ConversationType.GROUP, owner, member);

    private Page<Message> history(UserId caller, ConversationId id, Long beforeSeq, Long afterSeq, String cursor, int limit) {
        return fixture.queries.history(caller, id, new HistoryQuery(beforeSeq, afterSeq, cursor, limit));
    }

    private static void assertRefused(Runnable call, ErrorCode code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ParleyException.class,
                refused -> assertThat(refused.code()).isEqualTo(code));
    }

    @Test
    void members_page_back_and_forth_with_cursors() {
        for (int i = 1; i <= 5; i++) {
            fixture.post(owner, group, "m" + i);
        }

        Page<Message> newest = history(member, group, null, null, null, 2);
        Page<Message> older = history(member, group, null, null, newest.nextCursor(), 2);
        Page<Message> caughtUp = history(member, group, null, 2L, null, 10);

        assertThat(newest.items()).extracting(Message::seq).containsExactly(5L, 4L);
        assertThat(older.items()).extracting(Message::seq).containsExactly(3L, 2L);
        assertThat(caughtUp.items()).extracting(Message::seq).containsExactly(3L, 4L, 5L);
        assertThat(caughtUp.nextCursor()).isNull();
    }

    @Test
    void a_member_past_either_end_gets_an_empty_page() {
        fixture.post(owner, group, "only");

        assertThat(history(member, group, 1L, null, null, 10).items()).isEmpty();
        assertThat(history(member, group, null, 1L, null, 10).items()).isEmpty();
        assertThat(history(owner, fixture.group(ConversationType.GROUP, owner), null, null, null, 10).items()).isEmpty();
    }

    @Test
    void someone_outside_the_conversation_is_refused_even_where_the_page_would_be_empty() {
        fixture.post(owner, group, "private");

        assertRefused(() -> history(stranger, group, null, null, null, 10), ErrorCode.NOT_A_PARTICIPANT);
        assertRefused(() -> history(stranger, group, 1L, null, null, 10), ErrorCode.NOT_A_PARTICIPANT);
        fixture.conversations.markLeft(group, member, Instant.parse("2026-11-21T11:00:00Z"));
        assertRefused(() -> history(member, group, null, 0L, null, 10), ErrorCode.NOT_A_PARTICIPANT);
    }

    @Test
    void unknown_and_deleted_conversations_are_not_found() {
        fixture.post(owner, group, "gone soon");
        fixture.conversations.update(fixture.conversations.find(group).orElseThrow()
                .deleted(Instant.parse("2026-11-21T11:00:00Z")));

        assertRefused(() -> history(owner, group, null, null, null, 10), ErrorCode.NOT_FOUND);
        assertRefused(() -> history(stranger, new ConversationId(Ids.newId(Instant.now())), null, null, null, 10),
                ErrorCode.NOT_FOUND);
    }
}
