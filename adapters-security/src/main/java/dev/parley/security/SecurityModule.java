package dev.parley.security;

import dagger.Module;
import dagger.Provides;
import dev.parley.domain.account.out.PasswordHasher;
import javax.inject.Singleton;

/** The security adapter's one public module. */
@Module
public final class SecurityModule {
    private SecurityModule() {
    }

    @Provides
    @Singleton
    static PasswordHasher passwordHasher(PasswordHashSettings settings) {
        return new Argon2PasswordHasher(settings);
    }
}
