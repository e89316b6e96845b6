package dev.parley.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.SendAdmission.Admitted;
import dev.parley.domain.conversation.SendAdmission.Duplicate;
import dev.parley.domain.conversation.SendAdmission.Rejected;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.Ids;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The send policy as values: admitted, rejected with the contract's code, or the original of a retry. */
class SendPolicyTest {
    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");
    private static final Supplier<Optional<Message>> NO_ORIGINAL = Optional::empty;

    private final UserId owner = new UserId(UUID.randomUUID());
    private final UserId member = new UserId(UUID.randomUUID());
    private final Conversation group = Conversation.create(new ConversationId(Ids.newId(AT)), ConversationType.GROUP,
            "g", owner, 2, AT);
    private final Conversation broadcast = Conversation.create(new ConversationId(Ids.newId(AT)),
            ConversationType.BROADCAST, "b", owner, 2, AT);

    @Test
    void a_participant_of_a_live_conversation_is_admitted() {
        assertThat(SendPolicy.admit(message(group, member, null, null), seat(group, member, Role.MEMBER),
                Optional.empty(), NO_ORIGINAL)).isEqualTo(new Admitted());
    }

    @Test
    void a_missing_conversation_is_not_found_and_an_outsider_is_not_a_participant() {
        assertThat(SendPolicy.admit(message(group, member, null, null), Optional.empty(), Optional.empty(), NO_ORIGINAL))
                .isEqualTo(Rejected.conversationNotFound());
        assertThat(SendPolicy.admit(message(group, member, null, "k"),
                Optional.of(new ConversationMembership(group, Optional.empty())), Optional.empty(), () -> {
                    throw new AssertionError("an outsider's retry is not looked up");
                })).extracting(admission -> ((Rejected) admission).code()).isEqualTo(ErrorCode.NOT_A_PARTICIPANT);
    }

    @Test
    void only_the_owner_and_admins_post_in_a_broadcast() {
        assertThat(SendPolicy.admit(message(broadcast, member, null, null), seat(broadcast, member, Role.MEMBER),
                Optional.empty(), NO_ORIGINAL)).extracting(admission -> ((Rejected) admission).code())
                .isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(SendPolicy.admit(message(broadcast, owner, null, null), seat(broadcast, owner, Role.OWNER),
                Optional.empty(), NO_ORIGINAL)).isEqualTo(new Admitted());
    }

    @Test
    void a_reply_must_point_into_the_same_conversation() {
        Message elsewhere = message(broadcast, owner, null, null).withSeq(1);
        Message here = message(group, owner, null, null).withSeq(1);

        Rejected rejected = (Rejected) SendPolicy.admit(message(group, member, elsewhere.id(), null),
                seat(group, member, Role.MEMBER), Optional.of(elsewhere), NO_ORIGINAL);
        assertThat(rejected.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(rejected.toException().details()).extracting(detail -> detail.field()).containsExactly("reply_to_id");
        assertThat(SendPolicy.admit(message(group, member, here.id(), null), seat(group, member, Role.MEMBER),
                Optional.of(here), NO_ORIGINAL)).isEqualTo(new Admitted());
    }

    @Test
    void a_retry_refused_by_a_posting_rule_answers_the_original_stored_before() {
        Message original = message(broadcast, member, null, "k").withSeq(1);

        assertThat(SendPolicy.admit(message(broadcast, member, null, "k"), seat(broadcast, member, Role.MEMBER),
                Optional.empty(), () -> Optional.of(original))).isEqualTo(new Duplicate(original));
    }

    private static Optional<ConversationMembership> seat(Conversation conversation, UserId user, Role role) {
        return Optional.of(new ConversationMembership(conversation,
                Optional.of(new Participant(conversation.id(), user, role, AT))));
    }

    private static NewMessage message(Conversation conversation, UserId sender, MessageId replyTo, String clientMsgId) {
        return new NewMessage(new MessageId(Ids.newId(AT)), conversation.id(), sender, MessageType.TEXT, "hi", replyTo,
                clientMsgId, AT);
    }
}
