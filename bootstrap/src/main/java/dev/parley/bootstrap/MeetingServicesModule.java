package dev.parley.bootstrap;

import dagger.Module;
import dagger.Provides;
import dev.parley.application.core.ParleyCore;
import dev.parley.domain.meeting.in.EditMeetingUseCase;
import dev.parley.domain.meeting.in.JoinMeetingUseCase;
import dev.parley.domain.meeting.in.LeaveMeetingUseCase;
import dev.parley.domain.meeting.in.MeetingChatUseCase;
import dev.parley.domain.meeting.in.MeetingQueriesUseCase;
import dev.parley.domain.meeting.in.ModerateMeetingUseCase;
import dev.parley.domain.meeting.in.RecordMeetingUseCase;
import dev.parley.domain.meeting.in.ScheduleMeetingUseCase;
import dev.parley.http.meeting.MeetingLinks;

/** Hands the HTTP adapter the core's meeting use cases and the meeting links. */
@Module
final class MeetingServicesModule {
    private MeetingServicesModule() {
    }

    @Provides
    static MeetingLinks meetingLinks(ParleyConfig config) {
        return new MeetingLinks(config.publicUrl());
    }

    @Provides
    static ScheduleMeetingUseCase scheduleMeeting(ParleyCore core) {
        return core.scheduleMeeting();
    }

    @Provides
    static MeetingQueriesUseCase meetingQueries(ParleyCore core) {
        return core.meetingQueries();
    }

    @Provides
    static EditMeetingUseCase editMeeting(ParleyCore core) {
        return core.editMeeting();
    }

    @Provides
    static LeaveMeetingUseCase leaveMeeting(ParleyCore core) {
        return core.leaveMeeting();
    }

    @Provides
    static JoinMeetingUseCase joinMeeting(ParleyCore core) {
        return core.joinMeeting();
    }

    @Provides
    static ModerateMeetingUseCase moderateMeeting(ParleyCore core) {
        return core.moderateMeeting();
    }

    @Provides
    static MeetingChatUseCase meetingChat(ParleyCore core) {
        return core.meetingChat();
    }

    @Provides
    static RecordMeetingUseCase recordMeeting(ParleyCore core) {
        return core.recordMeeting();
    }
}
