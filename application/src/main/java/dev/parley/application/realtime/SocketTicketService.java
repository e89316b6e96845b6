package dev.parley.application.realtime;

import dev.parley.domain.account.Principal;
import dev.parley.domain.account.Session;
import dev.parley.domain.account.out.SessionRepository;
import dev.parley.domain.realtime.SocketTicket;
import dev.parley.domain.realtime.in.SocketTicketsUseCase;
import dev.parley.domain.realtime.out.TicketStore;
import dev.parley.domain.shared.ParleyException;
import dev.parley.domain.shared.Secrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Issues one-time socket tickets (only their digest is stored) and redeems each at most once. */
public final class SocketTicketService implements SocketTicketsUseCase {
    public static final Duration LIFETIME = Duration.ofSeconds(30);

    private final TicketStore tickets;
    private final SessionRepository sessions;
    private final Clock clock;

    public SocketTicketService(TicketStore tickets, SessionRepository sessions, Clock clock) {
        this.tickets = tickets;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public SocketTicket issue(Principal principal) {
        String ticket = Secrets.randomToken(32);
        tickets.save(Secrets.sha256(ticket), principal, clock.instant().plus(LIFETIME));
        return new SocketTicket(ticket, LIFETIME);
    }

    @Override
    public Principal redeem(String ticket) {
        if (ticket == null || ticket.isBlank() || ticket.length() > 200) {
            throw ParleyException.unauthorized("invalid socket ticket");
        }
        Instant now = clock.instant();
        Principal principal = tickets.take(Secrets.sha256(ticket), now)
                .orElseThrow(() -> ParleyException.unauthorized("the socket ticket is unknown, used or expired"));
        boolean active = sessions.find(principal.sessionId()).map(Session::isActive).orElse(false);
        if (!active) {
            throw ParleyException.unauthorized("the session was revoked");
        }
        return principal;
    }
}
