package dev.parley.http.call;

import dev.parley.domain.call.Active;
import dev.parley.domain.call.Call;
import dev.parley.domain.call.CallState;
import dev.parley.domain.call.Ended;
import dev.parley.domain.call.Ringing;
import java.time.Instant;

/** The call object on the wire (also the payload of every {@code call.*} event). */
public record CallView(String id, String callerId, String calleeId, String media, String status, String room,
                       Instant createdAt, Instant ringDeadline, Instant answeredAt, Instant endedAt,
                       Long durationSeconds, String endReason, String endedBy) {
    public static CallView from(Call call) {
        CallState state = call.state();
        Instant answeredAt = switch (state) {
            case Active active -> active.answeredAt();
            case Ended ended -> ended.answeredAt();
            default -> null;
        };
        Instant deadline = state instanceof Ringing ringing ? ringing.deadline() : null;
        CallState.Finished finished = state instanceof CallState.Finished over ? over : null;
        Ended ended = state instanceof Ended over ? over : null;
        return new CallView(call.id().toString(), call.caller().toString(), call.callee().toString(),
                call.media().wire(), call.status().wire(), call.room(), call.createdAt(), deadline, answeredAt,
                finished == null ? null : finished.endedAt(),
                ended == null ? null : ended.durationSeconds(),
                finished == null ? null : finished.reason().wire(),
                ended == null || ended.endedBy() == null ? null : ended.endedBy().toString());
    }
}
