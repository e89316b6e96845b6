package dev.parley.http.realtime;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.in.AuthenticateUseCase;
import dev.parley.domain.realtime.in.SocketTicketsUseCase;
import dev.parley.domain.shared.ParleyException;

/** Authenticates a socket upgrade by its one-time ticket or its access token (query parameters). */
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
}
