package dev.parley.http.people;

import dagger.Module;

/** HTTP routes of users, contacts and blocks. */
@Module
public final class PeopleHttpModule {
    private PeopleHttpModule() {
    }
}
