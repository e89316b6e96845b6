package dev.parley.http.call;

import dev.parley.domain.call.in.CallHistoryUseCase;
import dev.parley.http.account.UserView;
import java.time.Instant;

/** One call in {@code GET /calls}: the call object plus {@code direction} and {@code peer}, seen from the caller of the API. */
public record CallHistoryView(String id, String callerId, String calleeId, String media, String status, String room,
                              Instant createdAt, Instant ringDeadline, Instant answeredAt, Instant endedAt,
                              Long durationSeconds, String endReason, String endedBy, String direction,
                              UserView peer) {
    public static CallHistoryView from(CallHistoryUseCase.Entry entry) {
        CallView call = CallView.from(entry.call());
        return new CallHistoryView(call.id(), call.callerId(), call.calleeId(), call.media(), call.status(), call.room(),
                call.createdAt(), call.ringDeadline(), call.answeredAt(), call.endedAt(), call.durationSeconds(),
                call.endReason(), call.endedBy(), entry.outgoing() ? "outgoing" : "incoming", UserView.from(entry.peer()));
    }
}
