package dev.parley.application.conversation;

import dev.parley.domain.conversation.SendAdmission;
import dev.parley.domain.conversation.SendAdmission.Rejected;
import dev.parley.domain.conversation.event.MessageCreated;
import dev.parley.domain.conversation.in.SendMessageUseCase.Sent;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.conversation.out.MessageRepository.AppendAnswer;
import dev.parley.domain.conversation.out.MessageRepository.Appended;
import dev.parley.domain.conversation.out.MessageRepository.ConversationGone;
import dev.parley.domain.conversation.out.MessageRepository.Refused;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.ParleyException;
import java.util.ArrayList;
import java.util.List;

/**
 * One batch of sends in one round trip to the database, whatever the number of messages and conversations
 * (two when some message replies): {@link BatchAdmission} judges the replies ({@code SendPolicy}, one read of
 * their memberships), then ONE round trip appends every admitted message, judging membership, broadcast rights,
 * retried client ids and reachability under the conversations' locks, and is its own commit (one WAL flush for
 * the whole batch). {@link #commit} only
 * stores and returns what the batch still owes as a {@link Settlement}; {@link #settle} pays it: the events in
 * batch order (so on this node each conversation's {@code message.created} events leave in seq order), then
 * every waiting sender's answer. A rejection fails only its own message. The append stores all or nothing, so
 * when it fails unexpectedly each message is simply redone alone and only the faulty one fails.
 */
final class GroupCommit {
    private final BatchAdmission admission;
    private final MessageRepository messages;
    private final EventPublisher events;

    GroupCommit(ConversationRepository conversations, MessageRepository messages, EventPublisher events) {
        this.admission = new BatchAdmission(conversations, messages);
        this.messages = messages;
        this.events = events;
    }

    /** Stores what the batch may store; nothing is published or answered until the settlement is settled. */
    Settlement commit(List<PendingSend> batch) {
        try {
            return new Settlement(batch, run(batch));
        } catch (RuntimeException batchFailed) {
            if (batchFailed instanceof ParleyException outage && outage.code() == ErrorCode.UNAVAILABLE) {
                // The database is down: one by one, each message would wait out the outage again.
                return new Settlement(batch, batch.stream().map(pending -> Outcome.failed(outage)).toList());
            }
            if (batch.size() == 1) {
                return retryAlone(batch.getFirst(), batchFailed);
            }
            List<PendingSend> pendings = new ArrayList<>();
            List<Outcome> outcomes = new ArrayList<>();
            for (PendingSend pending : batch) {
                Settlement alone = commit(List.of(pending));
                pendings.addAll(alone.batch());
                outcomes.addAll(alone.outcomes());
            }
            return new Settlement(pendings, outcomes);
        }
    }

    /**
     * Publishes the events of what was stored, in batch order, then answers every sender of the batch. The
     * messages are committed whatever publishing does, so a failing listener never leaves a sender waiting.
     */
    void settle(Settlement settlement) {
        try {
            for (Outcome outcome : settlement.outcomes()) {
                if (outcome.sent() != null && outcome.sent().created()) {
                    events.publish(new MessageCreated(outcome.sent().message()));
                }
            }
        } finally {
            answer(settlement);
        }
    }

    private static void answer(Settlement settlement) {
        for (int index = 0; index < settlement.batch().size(); index++) {
            Outcome outcome = settlement.outcomes().get(index);
            if (outcome.sent() != null) {
                settlement.batch().get(index).answer().complete(outcome.sent());
            } else {
                settlement.batch().get(index).answer().completeExceptionally(outcome.failure());
            }
        }
    }

    /**
     * A lone message that failed for a reason other than a rule gets one more try: when a concurrent send
     * stored the same client id first (the append then fails whole), the second try answers the original.
     */
    private Settlement retryAlone(PendingSend pending, RuntimeException failed) {
        if (failed instanceof ParleyException) {
            return new Settlement(List.of(pending), List.of(Outcome.failed(failed)));
        }
        try {
            return new Settlement(List.of(pending), run(List.of(pending)));
        } catch (RuntimeException again) {
            return new Settlement(List.of(pending), List.of(Outcome.failed(again)));
        }
    }

    private List<Outcome> run(List<PendingSend> batch) {
        List<SendAdmission> admissions = admission.admit(batch.stream().map(PendingSend::message).toList());
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        List<Integer> admitted = new ArrayList<>();
        for (int index = 0; index < admissions.size(); index++) {
            outcomes.add(switch (admissions.get(index)) {
                case SendAdmission.Admitted ignored -> {
                    admitted.add(index);
                    yield null;
                }
                case Rejected rejected -> Outcome.failed(rejected.toException());
                case SendAdmission.Duplicate duplicate -> Outcome.sent(new Sent(duplicate.original(), false));
            });
        }
        if (admitted.isEmpty()) {
            return outcomes;
        }
        List<AppendAnswer> answers = messages.appendAll(admitted.stream().map(index -> batch.get(index).message()).toList());
        for (int i = 0; i < admitted.size(); i++) {
            outcomes.set(admitted.get(i), outcome(answers.get(i)));
        }
        return outcomes;
    }

    private static Outcome outcome(AppendAnswer answer) {
        return switch (answer) {
            case Appended stored -> Outcome.sent(new Sent(stored.message(), stored.created()));
            // Membership or reachability changed since the admission read: the same error a later send gets.
            case Refused refused -> Outcome.failed(Rejected.because(refused.reason()).toException());
            // The conversation was deleted after the membership read; nothing was stored for it.
            case ConversationGone gone -> Outcome.failed(Rejected.conversationNotFound().toException());
        };
    }

    /** What a committed batch still owes: one outcome per pending send, in batch order. */
    record Settlement(List<PendingSend> batch, List<Outcome> outcomes) {
        /**
         * This settlement cut into {@code parts} by conversation (part {@code i} holds the sends whose
         * conversation hashes to {@code i}, in batch order; a part may be empty), so each conversation's events
         * are always published by the same one of {@code parts} publishers.
         */
        List<Settlement> byConversation(int parts) {
            if (parts == 1) {
                return List.of(this);
            }
            List<List<PendingSend>> sends = new ArrayList<>();
            List<List<Outcome>> results = new ArrayList<>();
            for (int part = 0; part < parts; part++) {
                sends.add(new ArrayList<>());
                results.add(new ArrayList<>());
            }
            for (int index = 0; index < batch.size(); index++) {
                int part = Math.floorMod(batch.get(index).message().conversationId().hashCode(), parts);
                sends.get(part).add(batch.get(index));
                results.get(part).add(outcomes.get(index));
            }
            List<Settlement> cut = new ArrayList<>(parts);
            for (int part = 0; part < parts; part++) {
                cut.add(new Settlement(sends.get(part), results.get(part)));
            }
            return cut;
        }
    }

    /** What one message of a batch came to: sent (new or the original of a retry), or failed (a rule or a crash). */
    record Outcome(Sent sent, RuntimeException failure) {
        static Outcome sent(Sent sent) {
            return new Outcome(sent, null);
        }

        static Outcome failed(RuntimeException failure) {
            return new Outcome(null, failure);
        }
    }
}
