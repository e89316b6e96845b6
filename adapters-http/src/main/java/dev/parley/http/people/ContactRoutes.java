package dev.parley.http.people;

import dev.parley.domain.account.UserId;
import dev.parley.domain.people.ContactRequestDirection;
import dev.parley.domain.people.ContactRequestId;
import dev.parley.domain.people.in.ContactRequestsUseCase;
import dev.parley.domain.people.in.ContactsUseCase;
import dev.parley.domain.shared.ParleyException;
import dev.parley.http.server.ApiRoutes;
import dev.parley.http.server.Bodies;
import dev.parley.http.server.Caller;
import dev.parley.http.server.QueryParams;
import dev.parley.http.server.RouteGroup;
import io.javalin.http.Context;
import java.util.Map;

/** The {@code /contact-requests} and {@code /contacts} endpoints. */
public final class ContactRoutes implements RouteGroup {
    private final ContactRequestsUseCase requests;
    private final ContactsUseCase contacts;

    public ContactRoutes(ContactRequestsUseCase requests, ContactsUseCase contacts) {
        this.requests = requests;
        this.contacts = contacts;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/contact-requests", this::send);
        routes.get("/contact-requests", this::listRequests);
        routes.post("/contact-requests/{id}/accept", ctx -> ctx.json(ContactRequestView.from(
                requests.accept(Caller.of(ctx).userId(), requestId(ctx)))));
        routes.post("/contact-requests/{id}/decline", ctx -> ctx.json(ContactRequestView.from(
                requests.decline(Caller.of(ctx).userId(), requestId(ctx)))));
        routes.delete("/contact-requests/{id}", this::cancel);
        routes.get("/contacts", this::listContacts);
        routes.delete("/contacts/{user_id}", this::removeContact);
    }

    private void send(Context ctx) {
        var body = Bodies.read(ctx, PeopleRequests.SendRequest.class);
        var result = requests.send(Caller.of(ctx).userId(),
                new ContactRequestsUseCase.SendCommand(body.userId(), body.username(), body.message()));
        if (result instanceof ContactRequestsUseCase.BecameContacts) {
            ctx.json(Map.of("status", "accepted"));
        } else {
            ctx.status(201).json(ContactRequestView.from(result.request()));
        }
    }

    private void listRequests(Context ctx) {
        String raw = ctx.queryParam("direction");
        ContactRequestDirection direction = switch (raw == null ? "incoming" : raw) {
            case "incoming" -> ContactRequestDirection.INCOMING;
            case "outgoing" -> ContactRequestDirection.OUTGOING;
            default -> throw ParleyException.invalid("direction", "must be incoming or outgoing");
        };
        ctx.json(requests.listPending(Caller.of(ctx).userId(), direction, ctx.queryParam("cursor"),
                QueryParams.limit(ctx)).map(pending -> ContactRequestView.from(pending)));
    }

    private void cancel(Context ctx) {
        requests.cancel(Caller.of(ctx).userId(), requestId(ctx));
        ctx.status(204);
    }

    private void listContacts(Context ctx) {
        ctx.json(contacts.list(Caller.of(ctx).userId(), ctx.queryParam("cursor"), QueryParams.limit(ctx))
                .map(ContactView::from));
    }

    private void removeContact(Context ctx) {
        contacts.remove(Caller.of(ctx).userId(), UserId.parse("user_id", ctx.pathParam("user_id")));
        ctx.status(204);
    }

    private static ContactRequestId requestId(Context ctx) {
        return ContactRequestId.parse("id", ctx.pathParam("id"));
    }
}
