package dev.parley.http.realtime;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.in.AuthenticateUseCase;
import dev.parley.domain.realtime.in.SocketTicketsUseCase;
import dev.parley.domain.shared.ParleyException;
import dev.parley.http.server.Caller;
import io.javalin.http.Context;

/**
 * Authenticates a socket upgrade by its one-time ticket or its access token (query parameters), and an event
 * stream by its ticket or its bearer header.
 */
final class Credentials {
    private final AuthenticateUseCase authenticate;
    private final SocketTicketsUseCase tickets;

    Credentials(AuthenticateUseCase authenticate, SocketTicketsUseCase tickets) {
        this.authenticate = authenticate;
        this.tickets = tickets;
    }

    Principal principal(String token, String ticket) {
        if (ticket != null && !ticket.isBlank()) {
            return tickets.redeem(ticket);
        }
        if (token != null && !token.isBlank()) {
            return authenticate.authenticate(token);
        }
        throw ParleyException.unauthorized("a ?ticket= or ?token= is required");
    }

    /** An event stream's caller: the one-time {@code ?ticket=} when given, else the bearer header. */
    Principal principal(Context ctx) {
        String ticket = ctx.queryParam("ticket");
        if (ticket != null && !ticket.isBlank()) {
            return tickets.redeem(ticket);
        }
        return Caller.authenticate(ctx, authenticate);
    }
}
