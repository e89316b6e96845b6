package dev.parley.http.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.in.MessageQueriesUseCase;
import dev.parley.domain.meeting.MeetingCode;
import dev.parley.domain.meeting.MeetingId;
import dev.parley.domain.meeting.MeetingParticipant;
import dev.parley.domain.meeting.MeetingRole;
import dev.parley.domain.meeting.in.EditMeetingUseCase;
import dev.parley.domain.meeting.in.JoinMeetingUseCase;
import dev.parley.domain.meeting.in.LeaveMeetingUseCase;
import dev.parley.domain.meeting.in.MeetingChatUseCase;
import dev.parley.domain.meeting.in.MeetingQueriesUseCase;
import dev.parley.domain.meeting.in.ModerateMeetingUseCase;
import dev.parley.domain.meeting.in.RecordMeetingUseCase;
import dev.parley.domain.meeting.in.ScheduleMeetingUseCase;
import dev.parley.domain.shared.Page;
import dev.parley.http.call.LiveKitView;
import dev.parley.http.conversation.MessageView;
import dev.parley.http.server.ApiRoutes;
import dev.parley.http.server.Bodies;
import dev.parley.http.server.Caller;
import dev.parley.http.server.Json;
import dev.parley.http.server.QueryParams;
import dev.parley.http.server.RouteGroup;
import io.javalin.http.Context;
import java.util.Map;

/** The {@code /meetings} endpoints: schedule, look up, join, leave and end, host controls, chat and recording. */
public final class MeetingRoutes implements RouteGroup {
    /** {@code {meeting, participant, livekit}}, or without {@code livekit} while waiting. */
    record JoinedView(MeetingView meeting, MeetingParticipantView participant, LiveKitView livekit) {
    }

    record WaitingView(MeetingView meeting, MeetingParticipantView participant) {
    }

    private final ScheduleMeetingUseCase schedule;
    private final MeetingQueriesUseCase queries;
    private final EditMeetingUseCase edit;
    private final JoinMeetingUseCase join;
    private final LeaveMeetingUseCase leave;
    private final ModerateMeetingUseCase moderate;
    private final MeetingChatUseCase chat;
    private final RecordMeetingUseCase recording;
    private final MeetingLinks links;

    public MeetingRoutes(ScheduleMeetingUseCase schedule, MeetingQueriesUseCase queries, EditMeetingUseCase edit,
                         JoinMeetingUseCase join, LeaveMeetingUseCase leave, ModerateMeetingUseCase moderate,
                         MeetingChatUseCase chat, RecordMeetingUseCase recording, MeetingLinks links) {
        this.schedule = schedule;
        this.queries = queries;
        this.edit = edit;
        this.join = join;
        this.leave = leave;
        this.moderate = moderate;
        this.chat = chat;
        this.recording = recording;
        this.links = links;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/meetings", this::create);
        routes.get("/meetings", this::list);
        routes.post("/meetings/join", this::joinMeeting);
        routes.get("/meetings/code/{code}", ctx -> meeting(ctx, queries.byCode(Caller.of(ctx), code(ctx.pathParam("code")))));
        routes.get("/meetings/{id}", ctx -> meeting(ctx, queries.get(Caller.of(ctx), id(ctx))));
        routes.patch("/meetings/{id}", this::patch);
        routes.delete("/meetings/{id}", ctx -> {
            edit.cancel(Caller.of(ctx), id(ctx));
            ctx.status(204);
        });
        routes.post("/meetings/{id}/token", ctx ->
                ctx.json(Map.of("livekit", LiveKitView.from(join.token(Caller.of(ctx), id(ctx))))));
        routes.post("/meetings/{id}/leave", ctx -> {
            leave.leave(Caller.of(ctx), id(ctx));
            ctx.status(204);
        });
        routes.post("/meetings/{id}/end", ctx -> meeting(ctx, leave.end(Caller.of(ctx), id(ctx))));
        routes.get("/meetings/{id}/participants", ctx -> ctx.json(new Page<>(queries.participants(Caller.of(ctx), id(ctx))
                .stream().map(MeetingParticipantView::from).toList(), null)));
        routes.post("/meetings/{id}/participants/{user_id}/admit", ctx ->
                participant(ctx, moderate.admit(Caller.of(ctx), id(ctx), target(ctx))));
        routes.post("/meetings/{id}/participants/{user_id}/remove", ctx ->
                participant(ctx, moderate.remove(Caller.of(ctx), id(ctx), target(ctx))));
        routes.post("/meetings/{id}/participants/{user_id}/mute", ctx ->
                participant(ctx, moderate.mute(Caller.of(ctx), id(ctx), target(ctx))));
        routes.patch("/meetings/{id}/participants/{user_id}", this::changeRole);
        routes.get("/meetings/{id}/messages", this::history);
        routes.post("/meetings/{id}/messages", this::send);
        routes.post("/meetings/{id}/recording/start", ctx -> meeting(ctx, recording.start(Caller.of(ctx), id(ctx))));
        routes.post("/meetings/{id}/recording/stop", ctx -> meeting(ctx, recording.stop(Caller.of(ctx), id(ctx))));
    }

    private void create(Context ctx) {
        var form = MeetingForms.create(Bodies.read(ctx, MeetingRequests.Create.class));
        var created = schedule.schedule(Caller.of(ctx), new ScheduleMeetingUseCase.Command(form.details(), form.settings()));
        ctx.status(201).json(MeetingView.from(created, links));
    }

    private void list(Context ctx) {
        var page = queries.list(Caller.of(ctx), QueryParams.limit(ctx), QueryParams.text(ctx, "cursor"));
        ctx.json(page.map(meeting -> MeetingView.from(meeting, links)));
    }

    private void patch(Context ctx) {
        MeetingId id = id(ctx);
        var body = Bodies.read(ctx, MeetingRequests.Create.class);
        JsonNode present = Bodies.parse(ctx.bodyAsBytes(), JsonNode.class, true);
        meeting(ctx, edit.edit(Caller.of(ctx), id, MeetingForms.patch(body, present)));
    }

    private void joinMeeting(Context ctx) {
        var body = Bodies.read(ctx, MeetingRequests.Join.class);
        var joined = join.join(Caller.of(ctx), code(body.code()));
        MeetingView meeting = MeetingView.from(joined.meeting(), links);
        MeetingParticipantView participant = MeetingParticipantView.from(joined.participant());
        ctx.header("Cache-Control", "no-store");
        if (joined.grant().isPresent()) {
            ctx.json(new JoinedView(meeting, participant, LiveKitView.from(joined.grant().get())));
        } else {
            ctx.json(new WaitingView(meeting, participant));
        }
    }

    private void changeRole(Context ctx) {
        var body = Bodies.read(ctx, MeetingRequests.ChangeRole.class);
        MeetingRole role = MeetingRole.parse("role", body.role());
        participant(ctx, moderate.changeRole(Caller.of(ctx), id(ctx), target(ctx), role));
    }

    private void history(Context ctx) {
        var query = new MessageQueriesUseCase.HistoryQuery(QueryParams.nonNegative(ctx, "before_seq"),
                QueryParams.nonNegative(ctx, "after_seq"), QueryParams.text(ctx, "cursor"), QueryParams.limit(ctx));
        Json.write(ctx, chat.history(Caller.of(ctx), id(ctx), query).map(MessageView::from));
    }

    private void send(Context ctx) {
        var body = Bodies.read(ctx, MeetingRequests.Send.class);
        MessageId replyTo = body.replyToId() == null ? null : MessageId.parse("reply_to_id", body.replyToId());
        var sent = chat.send(Caller.of(ctx), id(ctx), new MeetingChatUseCase.Post(body.content(), body.clientMsgId(), replyTo));
        ctx.status(sent.created() ? 201 : 200).json(MessageView.from(sent.message()));
    }

    private void meeting(Context ctx, dev.parley.domain.meeting.Meeting meeting) {
        ctx.json(MeetingView.from(meeting, links));
    }

    private static void participant(Context ctx, MeetingParticipant participant) {
        ctx.json(MeetingParticipantView.from(participant));
    }

    /** A code that cannot exist is simply not found. */
    private static MeetingCode code(String raw) {
        return MeetingCode.read("code", raw).orElseThrow(() -> dev.parley.domain.shared.ParleyException.notFound("meeting"));
    }

    private static MeetingId id(Context ctx) {
        return MeetingId.parse("id", ctx.pathParam("id"));
    }

    private static UserId target(Context ctx) {
        return UserId.parse("user_id", ctx.pathParam("user_id"));
    }
}
