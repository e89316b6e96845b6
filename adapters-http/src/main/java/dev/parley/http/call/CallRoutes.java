package dev.parley.http.call;

import dev.parley.domain.account.UserId;
import dev.parley.domain.call.CallId;
import dev.parley.domain.call.CallMedia;
import dev.parley.domain.call.in.AcceptCallUseCase;
import dev.parley.domain.call.in.CallHistoryUseCase;
import dev.parley.domain.call.in.CancelCallUseCase;
import dev.parley.domain.call.in.DeclineCallUseCase;
import dev.parley.domain.call.in.EndCallUseCase;
import dev.parley.domain.call.in.JoinCallUseCase;
import dev.parley.domain.call.in.PlaceCallUseCase;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Validation;
import dev.parley.http.server.ApiRoutes;
import dev.parley.http.server.QueryParams;
import dev.parley.http.server.Bodies;
import dev.parley.http.server.Caller;
import dev.parley.http.server.ResponseHeaders;
import dev.parley.http.server.RouteGroup;
import io.javalin.http.Context;
import java.util.Map;

/** The {@code /calls} endpoints: place, answer, finish, tokens and history. */
public final class CallRoutes implements RouteGroup {
    private final PlaceCallUseCase place;
    private final AcceptCallUseCase accept;
    private final DeclineCallUseCase decline;
    private final CancelCallUseCase cancel;
    private final EndCallUseCase end;
    private final JoinCallUseCase join;
    private final CallHistoryUseCase history;

    public CallRoutes(PlaceCallUseCase place, AcceptCallUseCase accept, DeclineCallUseCase decline,
                      CancelCallUseCase cancel, EndCallUseCase end, JoinCallUseCase join, CallHistoryUseCase history) {
        this.place = place;
        this.accept = accept;
        this.decline = decline;
        this.cancel = cancel;
        this.end = end;
        this.join = join;
        this.history = history;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/calls", this::placeCall);
        routes.get("/calls", this::listCalls);
        routes.get("/calls/{id}", ctx -> ctx.json(CallView.from(history.get(Caller.of(ctx), callId(ctx)))));
        routes.post("/calls/{id}/accept", this::acceptCall);
        routes.post("/calls/{id}/decline", ctx -> ctx.json(CallView.from(decline.decline(Caller.of(ctx), callId(ctx)))));
        routes.post("/calls/{id}/cancel", ctx -> ctx.json(CallView.from(cancel.cancel(Caller.of(ctx), callId(ctx)))));
        routes.post("/calls/{id}/end", ctx -> ctx.json(CallView.from(end.end(Caller.of(ctx), callId(ctx)))));
        routes.post("/calls/{id}/token", ctx -> {
            ResponseHeaders.noStore(ctx);
            ctx.json(Map.of("livekit", LiveKitView.from(join.join(Caller.of(ctx), callId(ctx)))));
        });
    }

    private void placeCall(Context ctx) {
        var body = Bodies.read(ctx, CallRequests.Place.class);
        Validation validation = new Validation();
        UserId callee = validation.attempt("callee_id", () -> UserId.parse("callee_id", body.calleeId()));
        CallMedia media = validation.attempt("media", () -> CallMedia.parse("media", body.media()));
        validation.throwIfInvalid();
        ctx.status(201).json(CallView.from(place.place(Caller.of(ctx), new PlaceCallUseCase.Command(callee, media))));
    }

    private void acceptCall(Context ctx) {
        ResponseHeaders.noStore(ctx);
        AcceptCallUseCase.Accepted accepted = accept.accept(Caller.of(ctx), callId(ctx));
        ctx.json(new AcceptedView(CallView.from(accepted.call()), LiveKitView.from(accepted.grant())));
    }

    private void listCalls(Context ctx) {
        var page = history.history(Caller.of(ctx), QueryParams.limit(ctx), QueryParams.text(ctx, "cursor"));
        ctx.json(page.map(CallHistoryView::from));
    }

    private static CallId callId(Context ctx) {
        return CallId.parse("id", ctx.pathParam("id"));
    }
}
