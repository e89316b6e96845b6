package dev.parley.bootstrap;

import dagger.Module;
import dagger.Provides;
import dev.parley.application.core.ParleyCore;
import dev.parley.domain.account.in.AuthenticateUseCase;
import dev.parley.domain.account.in.CurrentUserUseCase;
import dev.parley.domain.account.in.LoginUseCase;
import dev.parley.domain.account.in.LogoutUseCase;
import dev.parley.domain.account.in.PasswordUseCase;
import dev.parley.domain.account.in.RefreshUseCase;
import dev.parley.domain.account.in.RegisterUseCase;
import dev.parley.domain.account.in.SessionsUseCase;
import dev.parley.domain.account.in.VerifyEmailUseCase;

/** Hands the HTTP adapter the core's account use cases. */
@Module
final class AccountServicesModule {
    private AccountServicesModule() {
    }

    @Provides
    static RegisterUseCase register(ParleyCore core) {
        return core.register();
    }

    @Provides
    static LoginUseCase login(ParleyCore core) {
        return core.login();
    }

    @Provides
    static RefreshUseCase refresh(ParleyCore core) {
        return core.refresh();
    }

    @Provides
    static LogoutUseCase logout(ParleyCore core) {
        return core.logout();
    }

    @Provides
    static AuthenticateUseCase authenticate(ParleyCore core) {
        return core.authenticate();
    }

    @Provides
    static CurrentUserUseCase currentUser(ParleyCore core) {
        return core.currentUser();
    }

    @Provides
    static SessionsUseCase sessions(ParleyCore core) {
        return core.sessions();
    }

    @Provides
    static VerifyEmailUseCase verifyEmail(ParleyCore core) {
        return core.verifyEmail();
    }

    @Provides
    static PasswordUseCase passwords(ParleyCore core) {
        return core.passwords();
    }
}
