package dev.parley.domain.call.out;

import dev.parley.domain.call.Call;
import dev.parley.domain.shared.DomainEvent;
import java.util.List;

/**
 * Outgoing port: leaves a {@code system} message about a finished call in the pair's direct conversation
 * ({@link dev.parley.domain.call.CallSummary} gives the text). Called inside the transaction that
 * finishes the call, so the message and the call's end commit together; the events it returns (the new
 * message, a newly created conversation) are published by the caller after that commit.
 */
@FunctionalInterface
public interface CallNotices {
    List<DomainEvent> recordFinished(Call call);
}
