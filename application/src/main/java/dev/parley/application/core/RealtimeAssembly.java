package dev.parley.application.core;

import dev.parley.application.realtime.MembershipIndex;
import dev.parley.application.realtime.PresenceService;
import dev.parley.application.realtime.PresenceSettings;
import dev.parley.application.realtime.SocketTicketService;
import dev.parley.application.realtime.SyncService;
import dev.parley.application.realtime.TypingService;
import dev.parley.domain.realtime.in.SocketTicketsUseCase;
import dev.parley.domain.realtime.in.SyncUseCase;
import dev.parley.domain.realtime.in.TypingUseCase;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.RateLimiter;
import java.time.Duration;

/** The real-time use cases: socket tickets, presence, catch-up sync, typing, and this node's membership index. */
final class RealtimeAssembly {
    /** 100,000 conversations of ids is a few tens of megabytes at most. */
    private static final int MEMBERSHIP_INDEX_CAPACITY = 100_000;
    /** Catch-up tokens older than this ask for a reload ({@code reset: true}). */
    private static final Duration SYNC_HORIZON = Duration.ofDays(30);
    /** Typing signals per user and conversation; more are dropped silently. */
    private static final RateLimiter.Limit TYPING_LIMIT = new RateLimiter.Limit(10, Duration.ofSeconds(5));

    final SocketTicketsUseCase socketTickets;
    final PresenceService presence;
    final MembershipIndex members;
    final SyncUseCase sync;
    final TypingUseCase typing;

    RealtimeAssembly(Ports ports, EventPublisher events, PresenceSettings settings) {
        socketTickets = new SocketTicketService(ports.ticketStore(), ports.sessions(), ports.clock());
        presence = new PresenceService(ports.presenceLeases(), ports.lastSeen(), events, settings, ports.clock());
        // One index per node: the delivery side refreshes it when a membership changes, typing reads it.
        members = new MembershipIndex(ports.memberships(), MEMBERSHIP_INDEX_CAPACITY);
        sync = new SyncService(ports.changeFeed(), SYNC_HORIZON);
        typing = new TypingService(members, ports.rateLimiter(), TYPING_LIMIT, events, ports.clock());
    }
}
