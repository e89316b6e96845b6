package dev.parley.http.meeting;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import dev.parley.domain.meeting.in.EditMeetingUseCase;
import dev.parley.domain.meeting.in.JoinMeetingUseCase;
import dev.parley.domain.meeting.in.LeaveMeetingUseCase;
import dev.parley.domain.meeting.in.MeetingChatUseCase;
import dev.parley.domain.meeting.in.MeetingQueriesUseCase;
import dev.parley.domain.meeting.in.ModerateMeetingUseCase;
import dev.parley.domain.meeting.in.RecordMeetingUseCase;
import dev.parley.domain.meeting.in.ScheduleMeetingUseCase;
import dev.parley.http.realtime.EventEncoder;
import dev.parley.http.server.RouteGroup;

/** HTTP routes of meetings and the {@code meeting.*} event encoder. */
@Module
public final class MeetingHttpModule {
    private MeetingHttpModule() {
    }

    @Provides
    @IntoSet
    static RouteGroup meetingRoutes(ScheduleMeetingUseCase schedule, MeetingQueriesUseCase queries,
                                    EditMeetingUseCase edit, JoinMeetingUseCase join, LeaveMeetingUseCase leave,
                                    ModerateMeetingUseCase moderate, MeetingChatUseCase chat,
                                    RecordMeetingUseCase recording, MeetingLinks links) {
        return new MeetingRoutes(schedule, queries, edit, join, leave, moderate, chat, recording, links);
    }

    @Provides
    @IntoSet
    static EventEncoder meetingEvents(MeetingLinks links) {
        return new MeetingEventEncoder(links);
    }
}
