package dev.parley.http.call;

import dev.parley.domain.call.CallEvent;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.http.realtime.EventEncoder;
import dev.parley.http.realtime.Frames;
import java.util.List;
import java.util.Set;

/** {@code call.*} with the full call to every device of the event's recipients, minus its excluded session. */
final class CallEventEncoder implements EventEncoder {
    record CallFrame(String type, CallView call) {
    }

    @Override
    public List<Delivery> encode(DomainEvent event) {
        if (!(event instanceof CallEvent callEvent)) {
            return List.of();
        }
        String json = Frames.json(new CallFrame(callEvent.type(), CallView.from(callEvent.call())));
        return List.of(Delivery.of(new Audience.Users(Set.copyOf(callEvent.recipients()), callEvent.exceptSession()), json));
    }
}
