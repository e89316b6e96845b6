package dev.parley.persistence.meeting;

import dagger.Module;
import dagger.Provides;
import dev.parley.domain.meeting.out.MeetingParticipants;
import dev.parley.domain.meeting.out.MeetingRepository;
import dev.parley.domain.meeting.out.MeetingTracks;
import dev.parley.persistence.database.Database;
import javax.inject.Singleton;

/** PostgreSQL adapters of meetings. */
@Module
public final class MeetingPersistenceModule {
    private MeetingPersistenceModule() {
    }

    @Provides
    @Singleton
    static MeetingRepository meetings(Database database) {
        return new JdbiMeetingRepository(database);
    }

    @Provides
    @Singleton
    static MeetingParticipants meetingParticipants(Database database) {
        return new JdbiMeetingParticipants(database);
    }

    @Provides
    @Singleton
    static MeetingTracks meetingTracks(Database database) {
        return new JdbiMeetingTracks(database);
    }
}
