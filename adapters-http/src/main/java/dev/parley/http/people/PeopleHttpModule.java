package dev.parley.http.people;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import dev.parley.domain.people.in.BlocksUseCase;
import dev.parley.domain.people.in.ContactRequestsUseCase;
import dev.parley.domain.people.in.ContactsUseCase;
import dev.parley.domain.people.in.DeleteAccountUseCase;
import dev.parley.domain.people.in.ProfileUseCase;
import dev.parley.http.realtime.EventEncoder;
import dev.parley.http.server.RouteGroup;

/** HTTP routes of users, contacts and blocks, and the {@code contact.*} event encoder. */
@Module
public final class PeopleHttpModule {
    private PeopleHttpModule() {
    }

    @Provides
    @IntoSet
    static RouteGroup userRoutes(ProfileUseCase profiles, DeleteAccountUseCase deleteAccount) {
        return new UserRoutes(profiles, deleteAccount);
    }

    @Provides
    @IntoSet
    static RouteGroup contactRoutes(ContactRequestsUseCase requests, ContactsUseCase contacts) {
        return new ContactRoutes(requests, contacts);
    }

    @Provides
    @IntoSet
    static EventEncoder peopleEvents() {
        return new PeopleEventEncoder();
    }

    @Provides
    @IntoSet
    static RouteGroup blockRoutes(BlocksUseCase blocks) {
        return new BlockRoutes(blocks);
    }
}
