package dev.parley.domain.call.out;

/**
 * Outgoing port: the media server's rooms. Best effort by contract: the media server also creates rooms
 * on first join and closes empty ones, so implementations retry and log failures instead of throwing.
 */
public interface MediaRooms {
    /** Creates the room with a short empty timeout so an abandoned room goes away by itself. */
    void open(String room);

    /** Deletes the room, disconnecting whoever is still in it. */
    void close(String room);
}
