package dev.parley.application.core;

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
import dev.parley.domain.account.in.CurrentUserUseCase;
import dev.parley.domain.account.in.LoginUseCase;
import dev.parley.domain.account.in.LogoutUseCase;
import dev.parley.domain.account.in.PasswordUseCase;
import dev.parley.domain.account.in.RefreshUseCase;
import dev.parley.domain.account.in.RegisterUseCase;
import dev.parley.domain.account.in.SessionsUseCase;
import dev.parley.domain.account.in.VerifyEmailUseCase;
import dev.parley.domain.shared.EventPublisher;

/** The account use cases: registration, sign-in, sessions, e-mail verification and passwords. */
final class AccountAssembly {
    final SessionRevoker revoker;
    final RegisterUseCase register;
    final LoginUseCase login;
    final RefreshUseCase refresh;
    final LogoutUseCase logout;
    final AuthenticationService authentication;
    final CurrentUserUseCase currentUser;
    final SessionsUseCase sessions;
    final VerifyEmailUseCase verifyEmail;
    final PasswordUseCase passwords;

    AccountAssembly(Ports ports, EventPublisher events, AccountSettings settings) {
        var clock = ports.clock();
        var transactions = ports.transactions();
        var issuer = new SessionIssuer(ports.sessions(), ports.accessTokens(), settings, ports.knownDevices());
        var mailer = new VerificationMailer(ports.emailVerifications(), ports.mailOutbox(), settings);
        revoker = new SessionRevoker(ports.sessions(), events);
        register = new RegistrationService(ports.users(), ports.passwordHasher(), issuer, mailer, transactions, clock);
        login = new LoginService(ports.users(), ports.passwordHasher(), issuer, ports.rateLimiter(),
                ports.knownDevices(), settings, transactions, clock);
        refresh = new TokenRefreshService(ports.sessions(), issuer, transactions, events, clock);
        logout = new LogoutService(revoker, transactions, clock);
        authentication = new AuthenticationService(ports.accessTokens(), ports.sessions(), clock);
        currentUser = new CurrentUserService(ports.users());
        sessions = new SessionsService(ports.sessions(), revoker, transactions, clock);
        verifyEmail = new EmailVerificationService(ports.users(), ports.emailVerifications(), mailer,
                ports.rateLimiter(), settings, transactions, clock);
        passwords = new PasswordService(ports.users(), ports.passwordResets(), ports.passwordHasher(),
                ports.mailOutbox(), revoker, ports.rateLimiter(), settings, transactions, clock);
    }
}
