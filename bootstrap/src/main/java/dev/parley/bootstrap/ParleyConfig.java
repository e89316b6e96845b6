package dev.parley.bootstrap;

import dev.parley.application.conversation.ConversationSettings;
import dev.parley.application.file.FileSettings;
import dev.parley.storage.StorageSettings;
import dev.parley.application.realtime.PresenceSettings;
import dev.parley.http.auth.JwtSettings;
import dev.parley.http.realtime.GatewaySettings;
import dev.parley.http.server.HttpSettings;
import dev.parley.mail.SmtpSettings;
import dev.parley.persistence.PersistenceSettings;
import dev.parley.security.PasswordHashSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The whole configuration of one node, validated; built from the environment by {@link ConfigLoader}. */
public record ParleyConfig(
        boolean production,
        HttpSettings http,
        PersistenceSettings persistence,
        Optional<String> redisUrl,
        JwtSettings jwt,
        String publicUrl,
        SmtpSettings smtp,
        PasswordHashSettings passwordHash,
        LiveKitConfig liveKit,
        Duration callRingTimeout,
        Path filesDirectory,
        Duration mailPollInterval,
        Duration mailFirstRetry,
        GatewaySettings gateway,
        PresenceSettings presence,
        ConversationSettings conversations,
        Duration meetingEmptyGrace,
        FileSettings files,
        StorageSettings storage) {

    /** Where LiveKit runs and the keys to sign its tokens; used by the calls feature. */
    public record LiveKitConfig(String url, String apiKey, String apiSecret) {
        @Override
        public String toString() {
            return "LiveKitConfig[url=" + url + ", apiKey=" + apiKey + ", apiSecret=****]";
        }
    }
}
