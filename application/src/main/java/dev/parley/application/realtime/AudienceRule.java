package dev.parley.application.realtime;

import dev.parley.domain.shared.DomainEvent;
import java.util.List;

/** One feature's rule of who hears its events; nothing for events that are not its own. */
@FunctionalInterface
interface AudienceRule {
    List<Addressed> address(DomainEvent event);
}
