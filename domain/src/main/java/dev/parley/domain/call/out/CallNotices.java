package dev.parley.domain.call.out;

import dev.parley.domain.call.Call;

/**
 * Outgoing port: leaves a {@code system} message about a finished call in the pair's direct conversation
 * ({@link dev.parley.domain.call.CallSummary} gives the text). Called inside the transaction that
 * finishes the call, so the message and the call's end commit together.
 */
@FunctionalInterface
public interface CallNotices {
    void recordFinished(Call call);
}
