package dev.parley.http.conversation;

import dev.parley.domain.account.UserId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationType;
import dev.parley.domain.conversation.Role;
import dev.parley.domain.conversation.in.ConversationQueriesUseCase;
import dev.parley.domain.conversation.in.CreateConversationUseCase;
import dev.parley.domain.conversation.in.ManageConversationUseCase;
import dev.parley.domain.conversation.in.MarkReadUseCase;
import dev.parley.domain.conversation.in.ParticipantsUseCase;
import dev.parley.domain.shared.Page;
import dev.parley.domain.shared.ParleyException;
import dev.parley.http.server.ApiRoutes;
import dev.parley.http.server.QueryParams;
import dev.parley.http.server.Bodies;
import dev.parley.http.server.Caller;
import dev.parley.http.server.RouteGroup;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** The {@code /conversations} endpoints: create, list, read, rename, delete, membership and read cursors. */
public final class ConversationRoutes implements RouteGroup {
    private final CreateConversationUseCase create;
    private final ConversationQueriesUseCase queries;
    private final ManageConversationUseCase manage;
    private final ParticipantsUseCase participants;
    private final MarkReadUseCase markRead;

    public ConversationRoutes(CreateConversationUseCase create, ConversationQueriesUseCase queries,
                              ManageConversationUseCase manage, ParticipantsUseCase participants,
                              MarkReadUseCase markRead) {
        this.create = create;
        this.queries = queries;
        this.manage = manage;
        this.participants = participants;
        this.markRead = markRead;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/conversations", this::createConversation);
        routes.get("/conversations", this::listConversations);
        routes.get("/conversations/{id}", ctx -> ctx.json(ConversationView.from(queries.get(caller(ctx), id(ctx)))));
        routes.patch("/conversations/{id}", this::updateConversation);
        routes.delete("/conversations/{id}", this::deleteConversation);
        routes.post("/conversations/{id}/leave", this::leave);
        routes.get("/conversations/{id}/participants", this::listParticipants);
        routes.post("/conversations/{id}/participants", this::addParticipants);
        routes.delete("/conversations/{id}/participants/{user_id}", this::removeParticipant);
        routes.patch("/conversations/{id}/participants/{user_id}", this::changeRole);
        routes.post("/conversations/{id}/read", this::read);
    }

    private void createConversation(Context ctx) {
        var body = Bodies.read(ctx, ConversationRequests.Create.class);
        ConversationType type = body.type() != null ? ConversationType.parse("type", body.type())
                : body.participantId() != null ? ConversationType.DIRECT
                : body.participantIds() != null ? ConversationType.GROUP
                : null;
        if (type == null) {
            throw ParleyException.invalid("type", "is required (or give participant_id / participant_ids)");
        }
        UserId participant = body.participantId() == null ? null : UserId.parse("participant_id", body.participantId());
        List<UserId> invited = body.participantIds() == null ? null
                : body.participantIds().stream().map(raw -> UserId.parse("participant_ids", raw)).toList();
        var created = create.create(new CreateConversationUseCase.Command(caller(ctx), type, participant, invited,
                body.name()));
        ctx.status(created.created() ? 201 : 200).json(ConversationView.from(created.conversation()));
    }

    private void listConversations(Context ctx) {
        var page = queries.list(caller(ctx), QueryParams.text(ctx, "cursor"), QueryParams.limit(ctx));
        ctx.json(page.map(ConversationView::from));
    }

    private void updateConversation(Context ctx) {
        var body = Bodies.read(ctx, ConversationRequests.Update.class);
        // An explicit "avatar_file_id": null clears the avatar; an absent field leaves it.
        String avatar = body.avatarFileId() != null ? body.avatarFileId()
                : Bodies.hasNullField(ctx, "avatar_file_id") ? ManageConversationUseCase.CLEAR_AVATAR : null;
        var updated = manage.update(caller(ctx), id(ctx),
                new ManageConversationUseCase.Changes(body.name(), body.topic(), avatar));
        ctx.json(ConversationView.from(updated));
    }

    private void deleteConversation(Context ctx) {
        manage.delete(caller(ctx), id(ctx));
        ctx.status(204);
    }

    private void leave(Context ctx) {
        participants.leave(caller(ctx), id(ctx));
        ctx.status(204);
    }

    private void listParticipants(Context ctx) {
        var items = queries.participants(caller(ctx), id(ctx)).stream().map(ParticipantView::from).toList();
        ctx.json(new Page<>(items, null));
    }

    private void addParticipants(Context ctx) {
        var body = Bodies.read(ctx, ConversationRequests.AddParticipants.class);
        if (body.userIds() == null || body.userIds().isEmpty()) {
            throw ParleyException.invalid("user_ids", "must name at least one user");
        }
        List<UserId> userIds = body.userIds().stream().map(raw -> UserId.parse("user_ids", raw)).toList();
        var items = participants.add(caller(ctx), id(ctx), userIds).stream().map(ParticipantView::from).toList();
        ctx.json(new Page<>(items, null));
    }

    private void removeParticipant(Context ctx) {
        participants.remove(caller(ctx), id(ctx), UserId.parse("user_id", ctx.pathParam("user_id")));
        ctx.status(204);
    }

    private void changeRole(Context ctx) {
        var body = Bodies.read(ctx, ConversationRequests.ChangeRole.class);
        if (body.role() == null) {
            throw ParleyException.invalid("role", "is required");
        }
        Role role = Role.parse("role", body.role());
        var changed = participants.changeRole(caller(ctx), id(ctx), UserId.parse("user_id", ctx.pathParam("user_id")), role);
        ctx.json(ParticipantView.from(changed));
    }

    private void read(Context ctx) {
        var body = Bodies.read(ctx, ConversationRequests.MarkRead.class);
        if (body.seq() == null) {
            throw ParleyException.invalid("seq", "is required");
        }
        ConversationId id = id(ctx);
        long cursor = markRead.markRead(caller(ctx), id, body.seq());
        ctx.json(Map.of("conversation_id", id.toString(), "last_read_seq", cursor));
    }

    static UserId caller(Context ctx) {
        return Caller.of(ctx).userId();
    }

    static ConversationId id(Context ctx) {
        return ConversationId.parse("id", ctx.pathParam("id"));
    }
}
