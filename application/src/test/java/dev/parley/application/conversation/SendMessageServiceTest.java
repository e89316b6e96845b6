package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.event.MessageCreated;
import dev.parley.domain.conversation.in.SendMessageUseCase;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sending: seq, idempotency, permissions, reachability and the event after commit. */
class SendMessageServiceTest {
    private final ConversationFixture fixture = new ConversationFixture();
    private final UserId alice = fixture.user("alice");
    private final UserId bob = fixture.user("bob");

    @Test
    void sent_message_gets_the_next_seq_and_one_created_event() {
        ConversationId id = fixture.direct(alice, bob);
        fixture.events.clear();

        Message first = fixture.post(alice, id, "hi");
        Message second = fixture.post(bob, id, "hello");

        assertThat(first.seq()).isEqualTo(1);
        assertThat(second.seq()).isEqualTo(2);
        assertThat(fixture.events.ofType(MessageCreated.class)).extracting(MessageCreated::message).containsExactly(first, second);
    }

    @Test
    void retry_with_the_same_client_msg_id_returns_the_original_and_publishes_nothing() {
        ConversationId id = fixture.direct(alice, bob);
        SendMessageUseCase.Sent first = fixture.send.send(ConversationFixture.command(alice, id, "once", "k"));
        fixture.events.clear();

        SendMessageUseCase.Sent retry = fixture.send.send(ConversationFixture.command(alice, id, "once again", "k"));

        assertThat(first.created()).isTrue();
        assertThat(retry.created()).isFalse();
        assertThat(retry.message()).isEqualTo(first.message());
        assertThat(fixture.events.all()).isEmpty();
    }

    @Test
    void direct_messages_ask_reachability_and_a_block_stores_nothing() {
        ConversationId id = fixture.direct(alice, bob);
        fixture.reachability.block(alice, bob);

        assertThatThrownBy(() -> fixture.post(alice, id, "hi")).isInstanceOfSatisfying(ParleyException.class,
                rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.BLOCKED));
        assertThat(fixture.reachability.asked()).contains(alice + ">" + bob + ":MESSAGE");
        assertThat(fixture.messages.before(id, Long.MAX_VALUE, 10)).isEmpty();
    }

    @Test
    void broadcast_members_are_forbidden_to_post() {
        ConversationId id = fixture.group(ConversationType.BROADCAST, alice, bob);

        assertThatThrownBy(() -> fixture.post(bob, id, "me too")).isInstanceOfSatisfying(ParleyException.class,
                rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThat(fixture.post(alice, id, "news").seq()).isEqualTo(1);
    }

    @Test
    void outsiders_get_not_a_participant() {
        ConversationId id = fixture.direct(alice, bob);
        UserId mallory = fixture.user("mallory");

        assertThatThrownBy(() -> fixture.post(mallory, id, "hi")).isInstanceOfSatisfying(ParleyException.class,
                rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.NOT_A_PARTICIPANT));
    }

    @Test
    void too_long_blank_content_and_attachments_are_rejected_together() {
        ConversationId id = fixture.direct(alice, bob);

        assertThatThrownBy(() -> fixture.send.send(new SendMessageUseCase.Command(alice, id, "x".repeat(11), null, null,
                List.of("f")))).isInstanceOfSatisfying(ParleyException.class, rejection ->
                assertThat(rejection.details()).extracting(detail -> detail.field()).containsExactly("content", "attachment_ids"));
        assertThatThrownBy(() -> fixture.post(alice, id, "   ")).isInstanceOf(ParleyException.class);
    }

    @Test
    void replies_must_point_into_the_same_conversation() {
        ConversationId id = fixture.direct(alice, bob);
        ConversationId other = fixture.group(ConversationType.GROUP, alice, bob);
        Message elsewhere = fixture.post(alice, other, "there");

        assertThatThrownBy(() -> fixture.send.send(new SendMessageUseCase.Command(alice, id, "re", null, elsewhere.id(),
                List.of()))).isInstanceOfSatisfying(ParleyException.class,
                rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void sends_beyond_the_per_user_limit_are_rate_limited_and_store_nothing() {
        ConversationId id = fixture.direct(alice, bob);
        ConversationSettings limited = new ConversationSettings(10, 4, 16,
                new dev.parley.domain.shared.RateLimiter.Limit(3, java.time.Duration.ofSeconds(10)));
        SendMessageService send = new SendMessageService(fixture.queue, limited, fixture.clock,
                new dev.parley.application.testing.CountingRateLimiter(), null);
        for (int i = 0; i < 3; i++) {
            send.send(ConversationFixture.command(alice, id, "m" + i, null));
        }

        assertThatThrownBy(() -> send.send(ConversationFixture.command(alice, id, "one more", null)))
                .isInstanceOfSatisfying(ParleyException.class, rejection -> {
                    assertThat(rejection.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                    assertThat(rejection.retryAfter()).isPresent();
                });
        assertThat(send.send(ConversationFixture.command(bob, id, "bob ok", null)).created()).isTrue();
        assertThat(fixture.messages.before(id, Long.MAX_VALUE, 10)).hasSize(4);
    }

    @Test
    void control_characters_in_content_or_client_msg_id_are_refused_before_the_message_joins_a_batch() {
        ConversationId id = fixture.direct(alice, bob);
        int batchesBefore = fixture.messages.appendCalls();

        assertThatThrownBy(() -> fixture.send.send(ConversationFixture.command(alice, id, "nul\u0000", "k\u001b")))
                .isInstanceOfSatisfying(ParleyException.class, rejection -> {
                    assertThat(rejection.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(rejection.details()).extracting(detail -> detail.field())
                            .containsExactly("content", "client_msg_id");
                });
        assertThat(fixture.messages.appendCalls()).isEqualTo(batchesBefore);
        assertThat(fixture.post(alice, id, "a\tb\nc").content()).contains("\n");
        assertThat(fixture.messages.before(id, Long.MAX_VALUE, 10)).hasSize(1);
    }
}
