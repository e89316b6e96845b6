package dev.parley.domain.realtime;

import java.time.Duration;

/** A one-time credential for opening a socket without putting the access token in a URL. */
public record SocketTicket(String ticket, Duration expiresIn) {
    @Override
    public String toString() {
        return "SocketTicket[ticket=****, expiresIn=" + expiresIn + "]";
    }
}
