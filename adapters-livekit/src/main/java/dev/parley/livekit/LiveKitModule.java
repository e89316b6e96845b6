package dev.parley.livekit;

import dagger.Module;
import dagger.Provides;
import dev.parley.domain.call.out.MediaRooms;
import dev.parley.domain.call.out.MediaTokens;
import dev.parley.domain.call.out.WebhookVerifier;
import javax.inject.Singleton;

/** The LiveKit adapter's one public module: media tokens, rooms and webhook verification. */
@Module
public final class LiveKitModule {
    private LiveKitModule() {
    }

    @Provides
    @Singleton
    static MediaTokens mediaTokens(LiveKitSettings settings) {
        return new LiveKitTokens(settings);
    }

    @Provides
    @Singleton
    static MediaRooms mediaRooms(LiveKitSettings settings) {
        return new LiveKitRooms(settings);
    }

    @Provides
    @Singleton
    static WebhookVerifier webhookVerifier(LiveKitSettings settings) {
        return new LiveKitWebhooks(settings);
    }
}
