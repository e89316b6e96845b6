package dev.parley.http.realtime;

import dev.parley.domain.shared.ParleyException;

/** How a {@link FrameHandler} answers on the socket the frame came from. */
public interface FrameReplies {
    /** Sends a frame record (serialised like every other frame). */
    void send(Object frame);

    /** Sends {@code {"type":"error","ref":ref,"error":{code,message}}} for an expected rejection. */
    void error(String ref, ParleyException rejection);
}
