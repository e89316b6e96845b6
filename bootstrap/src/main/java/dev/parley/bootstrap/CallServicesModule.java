package dev.parley.bootstrap;

import dagger.Module;
import dagger.Provides;
import dev.parley.application.conversation.CallSystemMessages;
import dev.parley.application.core.ParleyCore;
import dev.parley.domain.call.in.AcceptCallUseCase;
import dev.parley.domain.call.in.CallHistoryUseCase;
import dev.parley.domain.call.in.CancelCallUseCase;
import dev.parley.domain.call.in.DeclineCallUseCase;
import dev.parley.domain.call.in.EndCallUseCase;
import dev.parley.domain.call.in.JoinCallUseCase;
import dev.parley.domain.call.in.PlaceCallUseCase;
import dev.parley.domain.call.in.ReceiveMediaWebhookUseCase;
import dev.parley.domain.call.out.CallNotices;
import dev.parley.domain.conversation.out.ConversationRepository;
import dev.parley.domain.conversation.out.MessageRepository;
import dev.parley.livekit.LiveKitSettings;
import dev.parley.persistence.database.Database;
import javax.inject.Singleton;

/** Hands the HTTP adapter the core's call use cases; provides LiveKit's settings and the isolated call notices. */
@Module
final class CallServicesModule {
    private CallServicesModule() {
    }

    @Provides
    static LiveKitSettings liveKitSettings(ParleyConfig config) {
        ParleyConfig.LiveKitConfig liveKit = config.liveKit();
        return LiveKitSettings.of(liveKit.url(), liveKit.apiKey(), liveKit.apiSecret());
    }

    /** A finished call's system message in the pair's direct conversation, isolated from the call's transition. */
    @Provides
    @Singleton
    static CallNotices callNotices(Database database, ConversationRepository conversations,
                                   MessageRepository messages) {
        return new IsolatedCallNotices(database, new CallSystemMessages(conversations, messages));
    }

    @Provides
    static PlaceCallUseCase placeCall(ParleyCore core) {
        return core.placeCall();
    }

    @Provides
    static AcceptCallUseCase acceptCall(ParleyCore core) {
        return core.acceptCall();
    }

    @Provides
    static DeclineCallUseCase declineCall(ParleyCore core) {
        return core.declineCall();
    }

    @Provides
    static CancelCallUseCase cancelCall(ParleyCore core) {
        return core.cancelCall();
    }

    @Provides
    static EndCallUseCase endCall(ParleyCore core) {
        return core.endCall();
    }

    @Provides
    static JoinCallUseCase joinCall(ParleyCore core) {
        return core.joinCall();
    }

    @Provides
    static CallHistoryUseCase callHistory(ParleyCore core) {
        return core.callHistory();
    }

    @Provides
    static ReceiveMediaWebhookUseCase mediaWebhooks(ParleyCore core) {
        return core.mediaWebhooks();
    }
}
