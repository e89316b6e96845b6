package dev.parley.http.call;

import dev.parley.domain.call.CallEvent;
import dev.parley.domain.realtime.WireFrame;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.http.realtime.EventEncoder;
import dev.parley.http.realtime.Frames;
import java.util.Optional;

/** {@code call.*} with the full call. */
final class CallEventEncoder implements EventEncoder {
    record CallFrame(String type, CallView call) {
    }

    @Override
    public Optional<WireFrame> encode(DomainEvent event) {
        if (!(event instanceof CallEvent callEvent)) {
            return Optional.empty();
        }
        return Optional.of(Frames.wire(new CallFrame(callEvent.type(), CallView.from(callEvent.call()))));
    }
}
