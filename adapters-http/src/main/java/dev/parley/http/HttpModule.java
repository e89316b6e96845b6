package dev.parley.http;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import dev.parley.domain.account.in.AuthenticateUseCase;
import dev.parley.domain.account.in.CurrentUserUseCase;
import dev.parley.domain.account.in.LoginUseCase;
import dev.parley.domain.account.in.LogoutUseCase;
import dev.parley.domain.account.in.PasswordUseCase;
import dev.parley.domain.account.in.RefreshUseCase;
import dev.parley.domain.account.in.RegisterUseCase;
import dev.parley.domain.account.in.SessionsUseCase;
import dev.parley.domain.account.in.VerifyEmailUseCase;
import dev.parley.domain.account.out.AccessTokens;
import dev.parley.domain.account.out.KnownDevices;
import dev.parley.domain.shared.HealthCheck;
import dev.parley.http.account.AccountRoutes;
import dev.parley.http.auth.HmacKnownDevices;
import dev.parley.http.auth.JwtAccessTokens;
import dev.parley.http.auth.JwtSettings;
import dev.parley.http.call.CallHttpModule;
import dev.parley.http.meeting.MeetingHttpModule;
import dev.parley.http.conversation.ConversationHttpModule;
import dev.parley.http.file.FileHttpModule;
import dev.parley.http.people.PeopleHttpModule;
import dev.parley.http.realtime.RealtimeHttpModule;
import dev.parley.http.operations.OperationsRoutes;
import dev.parley.http.server.HttpServer;
import dev.parley.http.server.HttpSettings;
import dev.parley.http.server.RouteGroup;
import dev.parley.http.web.WebClientRoutes;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Set;
import javax.inject.Singleton;

/** The HTTP adapter's one public module: the server, its route groups, JWT and metrics. */
@Module(includes = {
    ConversationHttpModule.class,
    PeopleHttpModule.class,
    RealtimeHttpModule.class,
    CallHttpModule.class,
    MeetingHttpModule.class,
    FileHttpModule.class,
})
public final class HttpModule {
    private HttpModule() {
    }

    @Provides
    @Singleton
    static HttpServer httpServer(HttpSettings settings, Set<RouteGroup> groups, AuthenticateUseCase authenticate,
                                 CurrentUserUseCase currentUser, PrometheusMeterRegistry metrics) {
        return new HttpServer(settings, groups, authenticate, currentUser, metrics);
    }

    @Provides
    @Singleton
    static PrometheusMeterRegistry meterRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        return registry;
    }

    @Provides
    @Singleton
    static AccessTokens accessTokens(JwtSettings settings) {
        return new JwtAccessTokens(settings);
    }

    @Provides
    @Singleton
    static KnownDevices knownDevices(JwtSettings settings) {
        return new HmacKnownDevices(settings);
    }

    @Provides
    @IntoSet
    static RouteGroup operationsRoutes(Set<HealthCheck> checks, PrometheusMeterRegistry metrics) {
        return new OperationsRoutes(checks, metrics);
    }

    @Provides
    @IntoSet
    static RouteGroup accountRoutes(RegisterUseCase register, LoginUseCase login, RefreshUseCase refresh,
                                    LogoutUseCase logout, AuthenticateUseCase authenticate,
                                    CurrentUserUseCase currentUser, SessionsUseCase sessions,
                                    VerifyEmailUseCase verifyEmail, PasswordUseCase passwords) {
        return new AccountRoutes(register, login, refresh, logout, authenticate, currentUser, sessions, verifyEmail,
                passwords);
    }

    @Provides
    @IntoSet
    static RouteGroup webClientRoutes() {
        return new WebClientRoutes();
    }
}
