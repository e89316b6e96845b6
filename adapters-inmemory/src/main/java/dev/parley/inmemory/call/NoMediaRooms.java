package dev.parley.inmemory.call;

import dev.parley.domain.call.out.MediaRooms;

/**
 * Adapter for a core without a media server: opening and closing a call's room do nothing. The port is best effort
 * by contract, so calls still ring, connect and end; only the audio and video are missing.
 */
public final class NoMediaRooms implements MediaRooms {
    @Override
    public void open(String room) {
        // No media server: nothing to create.
    }

    @Override
    public void close(String room) {
        // No media server: nothing to delete.
    }
}
