package dev.parley.domain.realtime.in;

import dev.parley.domain.account.Principal;
import dev.parley.domain.realtime.SocketTicket;

/** Use case: issue a one-time, short-lived socket ticket and redeem it (once) when a socket opens. */
public interface SocketTicketsUseCase {
    SocketTicket issue(Principal principal);

    /** The ticket's holder; {@code unauthorized} when it is unknown, used, expired, or its session was revoked. */
    Principal redeem(String ticket);
}
