package dev.parley.http.conversation;

import dev.parley.domain.conversation.MessageId;
import dev.parley.domain.conversation.in.ChangeMessageUseCase;
import dev.parley.domain.conversation.in.MessageQueriesUseCase;
import dev.parley.domain.conversation.in.SendMessageUseCase;
import dev.parley.domain.shared.Page;
import dev.parley.http.server.ApiRoutes;
import dev.parley.http.server.QueryParams;
import dev.parley.http.server.Bodies;
import dev.parley.http.server.Json;
import dev.parley.http.server.RouteGroup;
import io.javalin.http.Context;

/** The message endpoints: send, history, search, and one message's reads and changes. */
public final class MessageRoutes implements RouteGroup {
    private final SendMessageUseCase send;
    private final MessageQueriesUseCase queries;
    private final ChangeMessageUseCase change;

    public MessageRoutes(SendMessageUseCase send, MessageQueriesUseCase queries, ChangeMessageUseCase change) {
        this.send = send;
        this.queries = queries;
        this.change = change;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/conversations/{id}/messages", this::sendMessage);
        routes.get("/conversations/{id}/messages", this::history);
        routes.get("/conversations/{id}/messages/search", this::search);
        routes.get("/messages/{id}", ctx -> ctx.json(MessageView.from(queries.get(ConversationRoutes.caller(ctx), id(ctx)))));
        routes.patch("/messages/{id}", this::edit);
        routes.delete("/messages/{id}", ctx -> ctx.json(MessageView.from(change.delete(ConversationRoutes.caller(ctx), id(ctx)))));
        routes.post("/messages/{id}/restore", ctx -> ctx.json(MessageView.from(change.restore(ConversationRoutes.caller(ctx), id(ctx)))));
        routes.get("/messages/{id}/edits", this::edits);
    }

    private void sendMessage(Context ctx) {
        var body = Bodies.read(ctx, ConversationRequests.Send.class);
        MessageId replyTo = body.replyToId() == null ? null : MessageId.parse("reply_to_id", body.replyToId());
        var sent = send.send(new SendMessageUseCase.Command(ConversationRoutes.caller(ctx), ConversationRoutes.id(ctx),
                body.content(), body.clientMsgId(), replyTo, body.attachmentIds()));
        ctx.status(sent.created() ? 201 : 200).json(MessageView.from(sent.message()));
    }

    private void history(Context ctx) {
        var query = new MessageQueriesUseCase.HistoryQuery(QueryParams.nonNegative(ctx, "before_seq"),
                QueryParams.nonNegative(ctx, "after_seq"), QueryParams.text(ctx, "cursor"), QueryParams.limit(ctx));
        Json.write(ctx, queries.history(ConversationRoutes.caller(ctx), ConversationRoutes.id(ctx), query).map(MessageView::from));
    }

    private void search(Context ctx) {
        var page = queries.search(ConversationRoutes.caller(ctx), ConversationRoutes.id(ctx), ctx.queryParam("q"),
                QueryParams.text(ctx, "cursor"), QueryParams.limit(ctx));
        Json.write(ctx, page.map(MessageView::from));
    }

    private void edit(Context ctx) {
        var body = Bodies.read(ctx, ConversationRequests.Edit.class);
        ctx.json(MessageView.from(change.edit(ConversationRoutes.caller(ctx), id(ctx), body.content())));
    }

    private void edits(Context ctx) {
        var items = queries.edits(ConversationRoutes.caller(ctx), id(ctx)).stream().map(MessageEditView::from).toList();
        ctx.json(new Page<>(items, null));
    }

    private static MessageId id(Context ctx) {
        return MessageId.parse("id", ctx.pathParam("id"));
    }
}
