package dev.parley.bootstrap;

import dagger.Module;
import dagger.Provides;
import dev.parley.application.call.AcceptCallService;
import dev.parley.application.call.CallAnnouncer;
import dev.parley.application.call.CallHistoryService;
import dev.parley.application.call.CallSettings;
import dev.parley.application.call.CallTransitions;
import dev.parley.application.call.HangUpService;
import dev.parley.application.call.JoinCallService;
import dev.parley.application.call.MediaGrants;
import dev.parley.application.call.MediaWebhookService;
import dev.parley.domain.meeting.in.FollowMeetingMediaUseCase;
import dev.parley.application.call.PlaceCallService;
import dev.parley.application.call.RingTimeoutService;
import dev.parley.application.conversation.CallSystemMessages;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.call.in.AcceptCallUseCase;
import dev.parley.domain.call.in.CallHistoryUseCase;
import dev.parley.domain.call.in.CancelCallUseCase;
import dev.parley.domain.call.in.DeclineCallUseCase;
import dev.parley.domain.call.in.EndCallUseCase;
import dev.parley.domain.call.in.JoinCallUseCase;
import dev.parley.domain.call.in.PlaceCallUseCase;
import dev.parley.domain.call.in.ReceiveMediaWebhookUseCase;
import dev.parley.domain.call.out.CallNotices;
import dev.parley.domain.call.out.CallRepository;
import dev.parley.domain.call.out.MediaRooms;
import dev.parley.domain.call.out.MediaTokens;
import dev.parley.domain.call.out.WebhookVerifier;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.domain.people.ReachabilityCheck;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.Transactions;
import dev.parley.livekit.LiveKitSettings;
import dev.parley.persistence.database.Database;
import java.time.Clock;
import javax.inject.Singleton;

/** Wires the call use cases to their ports. */
@Module
final class CallServicesModule {
    private CallServicesModule() {
    }

    @Provides
    static CallSettings callSettings(ParleyConfig config) {
        return new CallSettings(config.callRingTimeout());
    }

    @Provides
    static LiveKitSettings liveKitSettings(ParleyConfig config) {
        ParleyConfig.LiveKitConfig liveKit = config.liveKit();
        return LiveKitSettings.of(liveKit.url(), liveKit.apiKey(), liveKit.apiSecret());
    }

    /** A finished call's system message in the pair's direct conversation, isolated from the call's transition. */
    @Provides
    @Singleton
    static CallNotices callNotices(Database database, ConversationRepository conversations, MessageRepository messages) {
        return new IsolatedCallNotices(database, new CallSystemMessages(conversations, messages));
    }

    @Provides
    @Singleton
    static CallAnnouncer callAnnouncer(EventPublisher events, MediaRooms rooms) {
        return new CallAnnouncer(events, rooms);
    }

    @Provides
    @Singleton
    static CallTransitions callTransitions(CallRepository calls, CallNotices notices, CallAnnouncer announcer,
                                           Transactions transactions) {
        return new CallTransitions(calls, notices, announcer, transactions);
    }

    @Provides
    @Singleton
    static MediaGrants mediaGrants(MediaTokens tokens, UserRepository users) {
        return new MediaGrants(tokens, users);
    }

    @Provides
    @Singleton
    static PlaceCallUseCase placeCall(CallRepository calls, UserRepository users, ReachabilityCheck reachability,
                                      CallAnnouncer announcer, CallSettings settings, Transactions transactions,
                                      Clock clock) {
        return new PlaceCallService(calls, users, reachability, announcer, settings, transactions, clock);
    }

    @Provides
    @Singleton
    static AcceptCallUseCase acceptCall(CallTransitions transitions, MediaGrants grants, Clock clock) {
        return new AcceptCallService(transitions, grants, clock);
    }

    @Provides
    @Singleton
    static HangUpService hangUp(CallTransitions transitions, Clock clock) {
        return new HangUpService(transitions, clock);
    }

    @Provides
    static DeclineCallUseCase declineCall(HangUpService service) {
        return service;
    }

    @Provides
    static CancelCallUseCase cancelCall(HangUpService service) {
        return service;
    }

    @Provides
    static EndCallUseCase endCall(HangUpService service) {
        return service;
    }

    @Provides
    @Singleton
    static JoinCallUseCase joinCall(CallRepository calls, CallTransitions transitions, MediaGrants grants, Clock clock) {
        return new JoinCallService(calls, transitions, grants, clock);
    }

    @Provides
    @Singleton
    static CallHistoryUseCase callHistory(CallRepository calls, UserRepository users) {
        return new CallHistoryService(calls, users);
    }

    @Provides
    @Singleton
    static ReceiveMediaWebhookUseCase mediaWebhooks(WebhookVerifier verifier, CallTransitions transitions,
                                                    FollowMeetingMediaUseCase meetings, Clock clock) {
        return new MediaWebhookService(verifier, transitions, meetings, clock);
    }

    @Provides
    @Singleton
    static RingTimeoutService ringTimeouts(CallRepository calls, CallTransitions transitions, Transactions transactions,
                                           Clock clock) {
        return new RingTimeoutService(calls, transitions, transactions, clock);
    }
}
