package dev.parley.livekit;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import dev.parley.domain.meeting.out.MeetingMedia;
import dev.parley.domain.meeting.out.MeetingTokens;
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
    static MediaTokens mediaTokens(LiveKitTokens tokens) {
        return tokens;
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

    @Provides
    @Singleton
    static LiveKitTokens liveKitTokens(LiveKitSettings settings) {
        return new LiveKitTokens(settings);
    }

    @Provides
    static MeetingTokens meetingTokens(LiveKitTokens tokens) {
        return tokens;
    }

    @Provides
    @Singleton
    static LiveKitMeetingMedia liveKitMeetingMedia(LiveKitSettings settings, RecordingStorage recordings) {
        return new LiveKitMeetingMedia(settings, recordings);
    }

    @Provides
    static MeetingMedia meetingMedia(LiveKitMeetingMedia media) {
        return media;
    }

    @Provides
    @IntoSet
    static AutoCloseable closeMeetingMedia(LiveKitMeetingMedia media) {
        return media;
    }
}
