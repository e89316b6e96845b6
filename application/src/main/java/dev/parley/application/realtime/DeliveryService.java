package dev.parley.application.realtime;

import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.conversation.out.MembershipQuery;
import dev.parley.domain.people.out.BlockRepository;
import dev.parley.domain.people.out.ContactRepository;
import dev.parley.domain.realtime.Delivery;
import dev.parley.domain.realtime.WireFrame;
import dev.parley.domain.realtime.out.EventFrames;
import dev.parley.domain.realtime.out.FanoutBus;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.EventPublisher;
import java.util.List;
import java.util.Optional;

/**
 * Delivers committed events: decides who hears each one (conversation members, presence watchers, the
 * read-receipt privacy switch, call parties, meeting participants, a revoked session), has it encoded once
 * through {@link EventFrames}, and publishes {@code (audience, effect, frame)} on the {@link FanoutBus}, where
 * every node's sockets share that one encoding. Best effort: the use case has already committed, so a failure
 * is logged and clients recover through {@code seq} and sync.
 */
public final class DeliveryService implements EventPublisher {
    private static final System.Logger LOG = System.getLogger(DeliveryService.class.getName());

    private final FanoutBus bus;
    private final EventFrames frames;
    private final List<AudienceRule> rules;

    public DeliveryService(FanoutBus bus, EventFrames frames, UserRepository users, BlockRepository blocks,
                           ContactRepository contacts, MembershipQuery memberships) {
        this(bus, frames, List.of(new ConversationRecipients(users),
                new PresenceRecipients(new PresenceAudience(users, blocks, contacts, memberships)),
                new SessionRecipients(), new TypingRecipients(), new CallRecipients(), new MeetingRecipients(),
                new PeopleRecipients()));
    }

    DeliveryService(FanoutBus bus, EventFrames frames, List<AudienceRule> rules) {
        this.bus = bus;
        this.frames = frames;
        this.rules = List.copyOf(rules);
    }

    @Override
    public void publish(DomainEvent event) {
        try {
            Encoded last = null;
            for (AudienceRule rule : rules) {
                for (Addressed addressed : rule.address(event)) {
                    // Addressed items usually share one event (e.g. a removed participant and the rest): encode it once.
                    if (last == null || last.event() != addressed.event()) {
                        last = new Encoded(addressed.event(), frames.encode(addressed.event()));
                    }
                    last.frame().ifPresent(frame -> bus.publish(new Delivery(addressed.audience(), frame, addressed.effect())));
                }
            }
        } catch (RuntimeException failure) {
            LOG.log(System.Logger.Level.WARNING, "could not deliver " + event.getClass().getSimpleName(), failure);
        }
    }

    private record Encoded(DomainEvent event, Optional<WireFrame> frame) {
    }
}
