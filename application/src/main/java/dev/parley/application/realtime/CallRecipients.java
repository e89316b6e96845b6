package dev.parley.application.realtime;

import dev.parley.domain.call.CallEvent;
import dev.parley.domain.realtime.Audience;
import dev.parley.domain.shared.DomainEvent;
import java.util.List;
import java.util.Set;

/** Call events go to every device of the call's parties the event names, minus the session it leaves out. */
final class CallRecipients implements AudienceRule {
    @Override
    public List<Addressed> address(DomainEvent event) {
        if (!(event instanceof CallEvent call)) {
            return List.of();
        }
        return List.of(Addressed.to(new Audience.Users(Set.copyOf(call.recipients()), call.exceptSession()), call));
    }
}
