package dev.parley.application.conversation;

import dev.parley.application.conversation.SendBatcher.Pending;
import dev.parley.domain.conversation.event.MessageCreated;
import dev.parley.domain.conversation.in.SendMessageUseCase.Sent;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.conversation.out.MessageRepository.Appended;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.ParleyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One batch of sends with two round trips to the database, whatever the number of messages and
 * conversations: {@link SendAdmission} reads every membership at once and applies the rules per message, then
 * ONE statement appends every admitted message and is its own commit (one WAL flush for the whole batch; no
 * BEGIN/COMMIT round trips). Events go out after that commit, in batch order (so on this node each
 * conversation's {@code message.created} events leave in seq order), then every waiting sender is answered. A
 * rejection fails only its own message. The append stores all or nothing, so when it fails unexpectedly each
 * message is simply redone alone and only the faulty one fails.
 */
final class GroupCommit {
    private final SendAdmission admission;
    private final MessageRepository messages;
    private final EventPublisher events;

    GroupCommit(SendAdmission admission, MessageRepository messages, EventPublisher events) {
        this.admission = admission;
        this.messages = messages;
        this.events = events;
    }

    void commit(List<Pending> batch) {
        List<Outcome> outcomes;
        try {
            outcomes = run(batch);
        } catch (RuntimeException batchFailed) {
            if (batch.size() == 1) {
                retryAlone(batch.getFirst(), batchFailed);
            } else {
                batch.forEach(pending -> commit(List.of(pending)));
            }
            return;
        }
        answer(batch, outcomes);
    }

    /**
     * A lone message that failed for a reason other than a rule gets one more try: when a concurrent send
     * stored the same client id first (the append then fails whole), the second try answers the original.
     */
    private void retryAlone(Pending pending, RuntimeException failed) {
        if (failed instanceof ParleyException) {
            pending.answer().completeExceptionally(failed);
            return;
        }
        try {
            answer(List.of(pending), run(List.of(pending)));
        } catch (RuntimeException again) {
            pending.answer().completeExceptionally(again);
        }
    }

    private List<Outcome> run(List<Pending> batch) {
        List<Outcome> outcomes = admission.admit(batch.stream().map(Pending::message).toList());
        List<Integer> admitted = new ArrayList<>();
        for (int index = 0; index < outcomes.size(); index++) {
            if (outcomes.get(index) == null) {
                admitted.add(index);
            }
        }
        if (admitted.isEmpty()) {
            return outcomes;
        }
        List<Optional<Appended>> appended = messages.appendAll(
                admitted.stream().map(index -> batch.get(index).message()).toList());
        List<Outcome> all = new ArrayList<>(outcomes);
        for (int i = 0; i < admitted.size(); i++) {
            // Empty: the conversation was deleted after the membership read; nothing was stored for it.
            all.set(admitted.get(i), appended.get(i)
                    .map(stored -> Outcome.sent(new Sent(stored.message(), stored.created())))
                    .orElseGet(() -> Outcome.rejected(ParleyException.notFound("conversation"))));
        }
        return all;
    }

    private void answer(List<Pending> batch, List<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            if (outcome.sent() != null && outcome.sent().created()) {
                events.publish(new MessageCreated(outcome.sent().message()));
            }
        }
        for (int index = 0; index < batch.size(); index++) {
            Outcome outcome = outcomes.get(index);
            if (outcome.sent() != null) {
                batch.get(index).answer().complete(outcome.sent());
            } else {
                batch.get(index).answer().completeExceptionally(outcome.rejection());
            }
        }
    }

    /** What one message of a batch came to: sent (new or the original of a retry), or rejected. */
    record Outcome(Sent sent, ParleyException rejection) {
        static Outcome sent(Sent sent) {
            return new Outcome(sent, null);
        }

        static Outcome rejected(ParleyException rejection) {
            return new Outcome(null, rejection);
        }
    }
}
