package dev.parley.bootstrap;
import dagger.Module;
import dagger.Provides;
import dev.parley.application.events.ListenableEventPublisher;
import dev.parley.application.realtime.MembershipIndex;
import dev.parley.application.realtime.DeliveryService;
import dev.parley.application.realtime.PresenceService;
import dev.parley.application.realtime.PresenceSettings;
import dev.parley.application.realtime.SocketTicketService;
import dev.parley.application.realtime.SyncService;
import dev.parley.application.realtime.TypingService;
import dev.parley.domain.account.out.SessionRepository;
import dev.parley.domain.conversation.out.MembershipQuery;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.people.out.BlockRepository;
import dev.parley.domain.people.out.ContactRepository;
import dev.parley.domain.realtime.in.ConversationAudience;
import dev.parley.domain.realtime.in.PresenceQuery;
import dev.parley.domain.realtime.in.SocketTicketsUseCase;
import dev.parley.domain.realtime.in.TrackPresenceUseCase;
import dev.parley.domain.realtime.in.SyncUseCase;
import dev.parley.domain.realtime.in.TypingUseCase;
import dev.parley.domain.realtime.out.ChangeFeed;
import dev.parley.domain.realtime.out.EventFrames;
import dev.parley.domain.realtime.out.FanoutBus;
import dev.parley.domain.realtime.out.LastSeenRepository;
import dev.parley.domain.realtime.out.PresenceLeases;
import dev.parley.domain.realtime.out.TicketStore;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import javax.inject.Singleton;


/**
 * Wires the real-time use cases (tickets, presence, typing) to their ports, each node's conversation
 * membership index, and delivery (who hears each committed event) in front of the fan-out bus.
 */
@Module
final class RealtimeServicesModule {
    private RealtimeServicesModule() {
    }

    @Provides
    @Singleton
    static ListenableEventPublisher listenableEvents(FanoutBus bus, EventFrames frames, UserRepository users,
                                                     BlockRepository blocks, ContactRepository contacts,
                                                     MembershipQuery memberships) {
        return new ListenableEventPublisher(new DeliveryService(bus, frames, users, blocks, contacts, memberships));
    }

    @Provides
    static EventPublisher eventPublisher(ListenableEventPublisher events) {
        return events;
    }

    @Provides
    @Singleton
    static SocketTicketsUseCase socketTickets(TicketStore tickets, SessionRepository sessions, Clock clock) {
        return new SocketTicketService(tickets, sessions, clock);
    }

    @Provides
    @Singleton
    static PresenceService presenceService(PresenceLeases leases, LastSeenRepository lastSeen, EventPublisher events,
                                           PresenceSettings settings, Clock clock) {
        return new PresenceService(leases, lastSeen, events, settings, clock);
    }

    @Provides
    static TrackPresenceUseCase trackPresence(PresenceService service) {
        return service;
    }

    @Provides
    static PresenceQuery presenceQuery(PresenceService service) {
        return service;
    }

    /** One index per node; 100,000 conversations of ids is a few tens of megabytes at most. */
    @Provides
    @Singleton
    static ConversationAudience conversationAudience(MembershipQuery memberships) {
        return new MembershipIndex(memberships, 100_000);
    }

    /** Catch-up tokens older than 30 days ask for a reload (`reset: true`). */
    @Provides
    @Singleton
    static SyncUseCase sync(ChangeFeed feed) {
        return new SyncService(feed, Duration.ofDays(30));
    }

    /** Typing is throttled to 10 signals per 5 s per user and conversation; more are dropped silently. */
    @Provides
    @Singleton
    static TypingUseCase typing(ConversationAudience members, RateLimiter limiter, EventPublisher events, Clock clock) {
        return new TypingService(members, limiter, new RateLimiter.Limit(10, Duration.ofSeconds(5)), events, clock);
    }
}
