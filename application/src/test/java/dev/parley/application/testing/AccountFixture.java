package dev.parley.application.testing;

import dev.parley.application.account.AccountSettings;
import dev.parley.application.account.AuthenticationService;
import dev.parley.application.account.EmailVerificationService;
import dev.parley.application.account.LoginService;
import dev.parley.application.account.LogoutService;
import dev.parley.application.account.PasswordService;
import dev.parley.application.account.RegistrationService;
import dev.parley.application.account.SessionIssuer;
import dev.parley.application.account.SessionRevoker;
import dev.parley.application.account.TokenRefreshService;
import dev.parley.application.account.VerificationMailer;
import dev.parley.domain.account.DeviceInfo;
import dev.parley.domain.account.SignedIn;
import dev.parley.domain.account.in.RegisterUseCase;
import dev.parley.inmemory.account.InMemoryEmailVerificationRepository;
import dev.parley.inmemory.account.InMemoryPasswordResetRepository;
import dev.parley.inmemory.account.InMemorySessionRepository;
import dev.parley.inmemory.account.InMemoryUserRepository;
import dev.parley.inmemory.shared.DirectTransactions;

/** The account use cases wired to in-memory fakes, as bootstrap wires them to real adapters. */
public final class AccountFixture {
    public final MutableClock clock = new MutableClock();
    public final InMemoryUserRepository users = new InMemoryUserRepository();
    public final InMemorySessionRepository sessions = new InMemorySessionRepository();
    public final InMemoryEmailVerificationRepository verifications = new InMemoryEmailVerificationRepository();
    public final InMemoryPasswordResetRepository resets = new InMemoryPasswordResetRepository();
    public final RecordingMailOutbox outbox = new RecordingMailOutbox();
    public final RecordingEventPublisher events = new RecordingEventPublisher();
    public final CountingRateLimiter rateLimiter = new CountingRateLimiter();
    public final DirectTransactions transactions = new DirectTransactions();
    public final PlainPasswordHasher hasher = new PlainPasswordHasher();
    public final FakeAccessTokens accessTokens = new FakeAccessTokens();
    public final AccountSettings settings = AccountSettings.defaults("http://parley.test");

    public final FakeKnownDevices knownDevices = new FakeKnownDevices();
    public final SessionIssuer issuer = new SessionIssuer(sessions, accessTokens, settings, knownDevices);
    public final SessionRevoker revoker = new SessionRevoker(sessions, events);
    public final VerificationMailer mailer = new VerificationMailer(verifications, outbox, settings);
    public final RegistrationService registration =
            new RegistrationService(users, hasher, issuer, mailer, transactions, clock);
    public final LoginService login =
            new LoginService(users, hasher, issuer, rateLimiter, knownDevices, settings, transactions, clock);
    public final TokenRefreshService refresh = new TokenRefreshService(sessions, issuer, transactions, events, clock);
    public final LogoutService logout = new LogoutService(revoker, transactions, clock);
    public final AuthenticationService authentication = new AuthenticationService(accessTokens, sessions, clock);
    public final EmailVerificationService verification =
            new EmailVerificationService(users, verifications, mailer, rateLimiter, settings, transactions, clock);
    public final PasswordService passwords = new PasswordService(users, resets, hasher, outbox, revoker, rateLimiter,
            settings, transactions, clock);

    public SignedIn register(String username) {
        return registration.register(new RegisterUseCase.Command(username + "@example.com", username,
                "password-" + username, null, new DeviceInfo("test", "127.0.0.1")));
    }
}
