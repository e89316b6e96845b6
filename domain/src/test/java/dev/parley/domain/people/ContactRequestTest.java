package dev.parley.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.UserId;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.Ids;
import dev.parley.domain.shared.ParleyException;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ContactRequestTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private final UserId sender = new UserId(Ids.newId(NOW));
    private final UserId recipient = new UserId(Ids.newId(NOW));
    private final UserId outsider = new UserId(Ids.newId(NOW));
    private final ContactRequest pending = ContactRequest.create(new ContactRequestId(Ids.newId(NOW)), sender,
            recipient, "  hello  ", NOW);

    @Test
    void a_new_request_is_pending_with_a_trimmed_message() {
        assertThat(pending.status()).isEqualTo(ContactRequestStatus.PENDING);
        assertThat(pending.message()).isEqualTo("hello");
        assertThat(ContactRequest.create(pending.id(), sender, recipient, "   ", NOW).message()).isNull();
        assertRejected(() -> ContactRequest.create(pending.id(), sender, recipient, "x".repeat(501), NOW),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void only_the_recipient_accepts_or_declines() {
        assertThat(pending.accept(recipient, NOW).status()).isEqualTo(ContactRequestStatus.ACCEPTED);
        assertThat(pending.decline(recipient, NOW).status()).isEqualTo(ContactRequestStatus.DECLINED);
        assertThat(pending.accept(recipient, NOW).respondedAt()).isEqualTo(NOW);
        assertRejected(() -> pending.accept(sender, NOW), ErrorCode.FORBIDDEN);
        assertRejected(() -> pending.decline(sender, NOW), ErrorCode.FORBIDDEN);
        assertRejected(() -> pending.accept(outsider, NOW), ErrorCode.NOT_FOUND);
    }

    @Test
    void only_the_sender_cancels() {
        assertThat(pending.cancel(sender, NOW).status()).isEqualTo(ContactRequestStatus.CANCELLED);
        assertRejected(() -> pending.cancel(recipient, NOW), ErrorCode.FORBIDDEN);
        assertRejected(() -> pending.cancel(outsider, NOW), ErrorCode.NOT_FOUND);
    }

    @Test
    void an_answered_request_cannot_move_again() {
        ContactRequest accepted = pending.accept(recipient, NOW);
        assertRejected(() -> accepted.decline(recipient, NOW), ErrorCode.CONFLICT);
        assertRejected(() -> accepted.cancel(sender, NOW), ErrorCode.CONFLICT);
        assertRejected(() -> pending.cancel(sender, NOW).accept(recipient, NOW), ErrorCode.CONFLICT);
    }

    private static void assertRejected(ThrowingCallable move, ErrorCode code) {
        assertThatThrownBy(move).isInstanceOfSatisfying(ParleyException.class,
                rejected -> assertThat(rejected.code()).isEqualTo(code));
    }
}
