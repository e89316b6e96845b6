package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.SessionId;
import dev.parley.domain.account.UserId;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallId;
import dev.parley.domain.call.CallMedia;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageType;
import dev.parley.domain.conversation.event.ConversationCreated;
import dev.parley.domain.conversation.event.MessageCreated;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.Ids;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallSystemMessagesTest {
    private final ConversationFixture fixture = new ConversationFixture();
    private final CallSystemMessages notices = new CallSystemMessages(fixture.conversations, fixture.messages);
    private final UserId ada = fixture.user("ada");
    private final UserId bob = fixture.user("bob");
    private final Instant at = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void a_missed_call_creates_the_direct_conversation_and_leaves_one_system_line_from_the_caller() {
        List<DomainEvent> events = notices.recordFinished(call(CallMedia.VIDEO).miss(at.plusSeconds(30)));

        ConversationId direct = fixture.direct(bob, ada);
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(ConversationCreated.class,
                created -> assertThat(created.conversation().id()).isEqualTo(direct));
        assertThat(events.get(1)).isInstanceOfSatisfying(MessageCreated.class,
                created -> assertThat(created.message().content()).isEqualTo("Missed video call"));
        List<Message> lines = fixture.messages.after(direct, 0, 10);
        assertThat(lines).extracting(Message::content).containsExactly("Missed video call");
        assertThat(lines.getFirst().type()).isEqualTo(MessageType.SYSTEM);
        assertThat(lines.getFirst().senderId()).isEqualTo(ada);
        assertThat(lines.getFirst().seq()).isEqualTo(1);
    }

    @Test
    void an_ended_call_continues_the_existing_conversation_with_its_duration() {
        ConversationId direct = fixture.direct(bob, ada);
        fixture.post(bob, direct, "call me");
        Call active = call(CallMedia.AUDIO).accept(bob, new SessionId(UUID.randomUUID()), at.plusSeconds(5));

        List<DomainEvent> events = notices.recordFinished(active.end(ada, at.plusSeconds(5 + 185)));

        assertThat(events).singleElement().isInstanceOf(MessageCreated.class);

        assertThat(fixture.messages.after(direct, 0, 10)).extracting(Message::content)
                .containsExactly("call me", "Audio call · 3 min");
    }

    @Test
    void a_live_call_leaves_nothing() {
        assertThat(notices.recordFinished(call(CallMedia.AUDIO))).isEmpty();

        assertThat(fixture.conversations.findDirect(CreateConversationService.directKey(ada, bob))).isEmpty();
    }

    private Call call(CallMedia media) {
        return Call.place(new CallId(Ids.newId(at)), ada, bob, media, at, at.plusSeconds(30));
    }
}
