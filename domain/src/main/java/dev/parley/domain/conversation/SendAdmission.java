package dev.parley.domain.conversation;

import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.util.Optional;

/**
 * What the send policy says about one message: it may be appended, it is refused for a reason the contract
 * names, or it is the retry of a message already stored (whose answer is that original).
 */
public sealed interface SendAdmission {

    /** The message may be appended (the append re-checks membership and reachability under its lock). */
    record Admitted() implements SendAdmission {
    }

    /** Refused with a contract code; {@code field} names the offending input of a {@code validation_failed}. */
    record Rejected(ErrorCode code, String reason, String field) implements SendAdmission {
        public static Rejected conversationNotFound() {
            return new Rejected(ErrorCode.NOT_FOUND, "conversation not found", null);
        }

        /** The standard answer for a refusal the store gave (membership, broadcast role, blocks, privacy). */
        public static Rejected because(ErrorCode code) {
            return switch (code) {
                case NOT_A_PARTICIPANT -> new Rejected(code, "you are not a participant of this conversation", null);
                case FORBIDDEN -> new Rejected(code, "only the owner and admins post in a broadcast", null);
                case BLOCKED -> new Rejected(code, "one of you has blocked the other", null);
                case PRIVACY_RESTRICTED -> new Rejected(code, "this user's privacy settings do not allow it", null);
                case NOT_FOUND -> conversationNotFound();
                default -> throw new IllegalArgumentException("not a send refusal: " + code);
            };
        }

        /** A retry of a message stored before the sender lost the right to post still answers the original. */
        public SendAdmission unlessRetryOf(Optional<Message> original) {
            return original.<SendAdmission>map(Duplicate::new).orElse(this);
        }

        public ParleyException toException() {
            return field == null ? new ParleyException(code, reason) : ParleyException.invalid(field, reason);
        }
    }

    /** A retried {@code client_msg_id}: nothing new is stored, the sender gets the original. */
    record Duplicate(Message original) implements SendAdmission {
    }
}
