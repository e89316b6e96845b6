package dev.parley.bootstrap;

import dagger.Module;
import dagger.Provides;
import dev.parley.application.events.ListenableEventPublisher;
import dev.parley.application.realtime.PresenceService;
import dev.parley.application.realtime.PresenceSettings;
import dev.parley.application.realtime.SocketTicketService;
import dev.parley.domain.account.out.SessionRepository;
import dev.parley.domain.realtime.in.PresenceQuery;
import dev.parley.domain.realtime.in.SocketTicketsUseCase;
import dev.parley.domain.realtime.in.TrackPresenceUseCase;
import dev.parley.domain.realtime.out.ConversationMembers;
import dev.parley.domain.realtime.out.LastSeenRepository;
import dev.parley.domain.realtime.out.PresenceLeases;
import dev.parley.domain.realtime.out.PresenceWatchers;
import dev.parley.domain.realtime.out.TicketStore;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.http.realtime.RealtimeEventPublisher;
import java.time.Clock;
import javax.inject.Singleton;

/**
 * Wires the real-time use cases (tickets, presence) to their ports. The conversation-membership index
 * and the presence watchers are placeholders until conversations and contacts are merged: phase 2
 * binds them to the conversations' membership index and to contacts + peers + privacy.
 */
@Module
final class RealtimeServicesModule {
    private RealtimeServicesModule() {
    }

    @Provides
    @Singleton
    static ListenableEventPublisher listenableEvents(RealtimeEventPublisher delivery) {
        return new ListenableEventPublisher(delivery);
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

    @Provides
    static ConversationMembers conversationMembers() {
        return ConversationMembers.none();
    }

    @Provides
    static PresenceWatchers presenceWatchers() {
        return PresenceWatchers.nobody();
    }
}
