package dev.parley.bootstrap;

import dagger.Module;
import dagger.Provides;
import dev.parley.application.account.AccountSettings;
import dev.parley.application.account.AuthenticationService;
import dev.parley.application.account.CurrentUserService;
import dev.parley.application.account.EmailVerificationService;
import dev.parley.application.account.LoginService;
import dev.parley.application.account.LogoutService;
import dev.parley.application.account.PasswordService;
import dev.parley.application.account.RegistrationService;
import dev.parley.application.account.SessionIssuer;
import dev.parley.application.account.SessionRevoker;
import dev.parley.application.account.SessionsService;
import dev.parley.application.account.TokenRefreshService;
import dev.parley.application.account.VerificationMailer;
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
import dev.parley.domain.account.out.EmailVerificationRepository;
import dev.parley.domain.account.out.KnownDevices;
import dev.parley.domain.account.out.PasswordHasher;
import dev.parley.domain.account.out.PasswordResetRepository;
import dev.parley.domain.account.out.SessionRepository;
import dev.parley.domain.account.out.UserRepository;
import dev.parley.domain.mail.MailOutbox;
import dev.parley.domain.shared.EventPublisher;
import dev.parley.domain.shared.RateLimiter;
import dev.parley.domain.shared.Transactions;
import java.time.Clock;
import javax.inject.Singleton;

/** Wires the account use cases to their ports. */
@Module
final class AccountServicesModule {
    private AccountServicesModule() {
    }

    @Provides
    static AccountSettings accountSettings(ParleyConfig config) {
        return AccountSettings.defaults(config.publicUrl());
    }

    @Provides
    @Singleton
    static SessionIssuer sessionIssuer(SessionRepository sessions, AccessTokens tokens, AccountSettings settings,
                                       KnownDevices knownDevices) {
        return new SessionIssuer(sessions, tokens, settings, knownDevices);
    }

    @Provides
    @Singleton
    static SessionRevoker sessionRevoker(SessionRepository sessions, EventPublisher events) {
        return new SessionRevoker(sessions, events);
    }

    @Provides
    @Singleton
    static VerificationMailer verificationMailer(EmailVerificationRepository verifications, MailOutbox outbox,
                                                 AccountSettings settings) {
        return new VerificationMailer(verifications, outbox, settings);
    }

    @Provides
    @Singleton
    static RegisterUseCase register(UserRepository users, PasswordHasher hasher, SessionIssuer issuer,
                                    VerificationMailer mailer, Transactions transactions, Clock clock) {
        return new RegistrationService(users, hasher, issuer, mailer, transactions, clock);
    }

    @Provides
    @Singleton
    static LoginUseCase login(UserRepository users, PasswordHasher hasher, SessionIssuer issuer, RateLimiter limiter,
                              KnownDevices knownDevices, AccountSettings settings, Transactions transactions,
                              Clock clock) {
        return new LoginService(users, hasher, issuer, limiter, knownDevices, settings, transactions, clock);
    }

    @Provides
    @Singleton
    static RefreshUseCase refresh(SessionRepository sessions, SessionIssuer issuer, Transactions transactions,
                                  EventPublisher events, Clock clock) {
        return new TokenRefreshService(sessions, issuer, transactions, events, clock);
    }

    @Provides
    @Singleton
    static LogoutUseCase logout(SessionRevoker revoker, Transactions transactions, Clock clock) {
        return new LogoutService(revoker, transactions, clock);
    }

    @Provides
    @Singleton
    static AuthenticationService authenticationService(AccessTokens tokens, SessionRepository sessions, Clock clock) {
        return new AuthenticationService(tokens, sessions, clock);
    }

    @Provides
    static AuthenticateUseCase authenticate(AuthenticationService service) {
        return service;
    }

    @Provides
    @Singleton
    static CurrentUserUseCase currentUser(UserRepository users) {
        return new CurrentUserService(users);
    }

    @Provides
    @Singleton
    static SessionsUseCase sessions(SessionRepository sessions, SessionRevoker revoker, Transactions transactions,
                                    Clock clock) {
        return new SessionsService(sessions, revoker, transactions, clock);
    }

    @Provides
    @Singleton
    static VerifyEmailUseCase verifyEmail(UserRepository users, EmailVerificationRepository verifications,
                                          VerificationMailer mailer, RateLimiter limiter, AccountSettings settings,
                                          Transactions transactions, Clock clock) {
        return new EmailVerificationService(users, verifications, mailer, limiter, settings, transactions, clock);
    }

    @Provides
    @Singleton
    static PasswordUseCase passwords(UserRepository users, PasswordResetRepository resets, PasswordHasher hasher,
                                     MailOutbox outbox, SessionRevoker revoker, RateLimiter limiter,
                                     AccountSettings settings, Transactions transactions, Clock clock) {
        return new PasswordService(users, resets, hasher, outbox, revoker, limiter, settings, transactions, clock);
    }
}
