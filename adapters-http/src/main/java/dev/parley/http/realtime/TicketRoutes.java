package dev.parley.http.realtime;

import dev.parley.domain.realtime.SocketTicket;
import dev.parley.domain.realtime.in.SocketTicketsUseCase;
import dev.parley.http.server.ApiRoutes;
import dev.parley.http.server.Caller;
import dev.parley.http.server.ResponseHeaders;
import io.javalin.http.Context;

/** {@code POST /api/v1/realtime/tickets}: a one-time, 30-second ticket for {@code /ws?ticket=}. */
final class TicketRoutes {
    record TicketView(String ticket, long expiresIn) {
        static TicketView from(SocketTicket ticket) {
            return new TicketView(ticket.ticket(), ticket.expiresIn().toSeconds());
        }
    }

    private final SocketTicketsUseCase tickets;

    TicketRoutes(SocketTicketsUseCase tickets) {
        this.tickets = tickets;
    }

    void register(ApiRoutes routes) {
        routes.post("/realtime/tickets", this::issue);
    }

    private void issue(Context ctx) {
        ResponseHeaders.noStore(ctx);
        ctx.status(201).json(TicketView.from(tickets.issue(Caller.of(ctx))));
    }
}
