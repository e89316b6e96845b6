package dev.parley.bootstrap;

import dagger.Module;
import dagger.Provides;
import dev.parley.http.auth.JwtSettings;
import dev.parley.http.realtime.GatewaySettings;
import dev.parley.realtime.RealtimeSettings;
import dev.parley.http.server.HttpSettings;
import dev.parley.mail.SmtpSettings;
import dev.parley.persistence.PersistenceSettings;
import dev.parley.security.PasswordHashSettings;
import javax.inject.Singleton;

/** Hands each adapter its own slice of {@link ParleyConfig}. */
@Module
final class ConfigModule {
    private ConfigModule() {
    }

    @Provides
    static HttpSettings http(ParleyConfig config) {
        return config.http();
    }

    @Provides
    static PersistenceSettings persistence(ParleyConfig config) {
        return config.persistence();
    }

    @Provides
    static JwtSettings jwt(ParleyConfig config) {
        return config.jwt();
    }

    @Provides
    static SmtpSettings smtp(ParleyConfig config) {
        return config.smtp();
    }

    @Provides
    static PasswordHashSettings passwordHashing(ParleyConfig config) {
        return config.passwordHash();
    }

    @Provides
    @Singleton
    static RealtimeSettings realtime(ParleyConfig config) {
        return RealtimeSettings.of(config.redisUrl());
    }

    @Provides
    static GatewaySettings gateway(ParleyConfig config) {
        return config.gateway();
    }
}
