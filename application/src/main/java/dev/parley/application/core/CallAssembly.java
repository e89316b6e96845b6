package dev.parley.application.core;

import dev.parley.application.call.AcceptCallService;
import dev.parley.application.call.CallAnnouncer;
import dev.parley.application.call.CallHistoryService;
import dev.parley.application.call.CallSettings;
import dev.parley.application.call.CallTransitions;
import dev.parley.application.call.HangUpService;
import dev.parley.application.call.JoinCallService;
import dev.parley.application.call.MediaGrants;
import dev.parley.application.call.MediaWebhookService;
import dev.parley.application.call.PlaceCallService;
import dev.parley.application.call.RingTimeoutService;
import dev.parley.domain.call.in.AcceptCallUseCase;
import dev.parley.domain.call.in.CallHistoryUseCase;
import dev.parley.domain.call.in.JoinCallUseCase;
import dev.parley.domain.call.in.PlaceCallUseCase;
import dev.parley.domain.call.in.ReceiveMediaWebhookUseCase;
import dev.parley.domain.meeting.in.FollowMeetingMediaUseCase;
import dev.parley.domain.people.ReachabilityCheck;
import dev.parley.domain.shared.EventPublisher;

/** The one-to-one call use cases, the media webhook, and the ring timeouts. */
final class CallAssembly {
    final PlaceCallUseCase place;
    final AcceptCallUseCase accept;
    final HangUpService hangUp;
    final JoinCallUseCase join;
    final CallHistoryUseCase history;
    final ReceiveMediaWebhookUseCase mediaWebhooks;
    final RingTimeoutService ringTimeouts;

    CallAssembly(Ports ports, EventPublisher events, CallSettings settings, ReachabilityCheck reachability,
                 FollowMeetingMediaUseCase meetingMedia) {
        var clock = ports.clock();
        var transactions = ports.transactions();
        var calls = ports.calls();
        var announcer = new CallAnnouncer(events, ports.mediaRooms());
        var transitions = new CallTransitions(calls, ports.callNotices(), announcer, transactions);
        var grants = new MediaGrants(ports.mediaTokens(), ports.users());
        place = new PlaceCallService(calls, ports.users(), reachability, announcer, settings, transactions, clock);
        accept = new AcceptCallService(transitions, grants, clock);
        hangUp = new HangUpService(transitions, clock);
        join = new JoinCallService(calls, transitions, grants, clock);
        history = new CallHistoryService(calls, ports.users());
        mediaWebhooks = new MediaWebhookService(ports.webhookVerifier(), transitions, meetingMedia, clock);
        ringTimeouts = new RingTimeoutService(calls, transitions, transactions, clock);
    }
}
