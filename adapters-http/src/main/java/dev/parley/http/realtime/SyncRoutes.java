package dev.parley.http.realtime;

import dev.parley.domain.realtime.ConversationChange;
import dev.parley.domain.realtime.SyncChanges;
import dev.parley.domain.realtime.in.SyncUseCase;
import dev.parley.http.call.CallView;
import dev.parley.http.people.ContactRequestView;
import dev.parley.http.server.ApiRoutes;
import dev.parley.http.server.Caller;
import dev.parley.http.server.RouteGroup;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/v1/sync?since=}: what changed for the caller while it was away. */
final class SyncRoutes implements RouteGroup {
    record ConversationChangeView(String id, String type, long lastSeq, long lastReadSeq, String membership,
                                  String role, Instant joinedAt, Instant leftAt, Instant updatedAt, Instant deletedAt) {
        static ConversationChangeView from(ConversationChange change) {
            String membership = change.deletedAt() != null ? "deleted" : change.leftAt() != null ? "left" : "member";
            return new ConversationChangeView(change.id().toString(), change.type(), change.lastSeq(),
                    change.lastReadSeq(), membership, change.role(), change.joinedAt(), change.leftAt(),
                    change.updatedAt(), change.deletedAt());
        }
    }

    record SyncView(String nextSince, boolean reset, List<ConversationChangeView> conversations,
                    List<ContactRequestView> contactRequests, List<CallView> calls) {
        static SyncView from(SyncChanges changes) {
            return new SyncView(changes.nextSince(), changes.reset(),
                    changes.conversations().stream().map(ConversationChangeView::from).toList(),
                    changes.contactRequests().stream().map(ContactRequestView::from).toList(),
                    changes.calls().stream().map(CallView::from).toList());
        }
    }

    private final SyncUseCase sync;

    SyncRoutes(SyncUseCase sync) {
        this.sync = sync;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.get("/sync", this::sync);
    }

    private void sync(Context ctx) {
        String since = ctx.queryParam("since");
        ctx.header("Cache-Control", "no-store");
        ctx.json(SyncView.from(sync.since(Caller.of(ctx).userId(), since == null || since.isEmpty() ? null : since)));
    }
}
