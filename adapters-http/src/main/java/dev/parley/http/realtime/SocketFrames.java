package dev.parley.http.realtime;

import dev.parley.domain.account.Principal;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.FrameHandler;
import org.eclipse.jetty.websocket.core.OpCode;
import org.eclipse.jetty.websocket.core.messages.MessageSink;
import org.eclipse.jetty.websocket.core.messages.StringMessageSink;
import org.eclipse.jetty.websocket.core.util.MethodHolder;

/**
 * One upgraded WebSocket on Jetty's core API: registers it with the gateway when it opens, hands whole
 * text messages to {@link ClientFrames} (which never blocks the Jetty thread), answers pings, ignores
 * binary messages, and unregisters it however it ends. Core frames need explicit demand: every frame's
 * handling ends with {@code demand()} (the text sink does it itself). Oversized messages close with 1009
 * (the sink checks the session's limit).
 */
final class SocketFrames implements FrameHandler {
    private static final MethodHandle RECEIVED;

    static {
        try {
            RECEIVED = MethodHandles.lookup().findVirtual(SocketFrames.class, "received",
                    MethodType.methodType(void.class, String.class));
        } catch (ReflectiveOperationException impossible) {
            throw new ExceptionInInitializerError(impossible);
        }
    }

    private final Principal principal;
    private final Gateway gateway;
    private final ClientFrames frames;
    private CoreSession session;
    private volatile Connection connection;
    /** Built on the first text frame: an idle socket never needs one. */
    private MessageSink textMessages;
    /** The opcode of the data message in progress, for its continuation frames. */
    private byte messageType = OpCode.UNDEFINED;

    SocketFrames(Principal principal, Gateway gateway, ClientFrames frames) {
        this.principal = principal;
        this.gateway = gateway;
        this.frames = frames;
    }

    @Override
    public void onOpen(CoreSession coreSession, Callback callback) {
        GatewaySettings settings = gateway.settings();
        coreSession.setMaxTextMessageSize(settings.maxFrameBytes());
        coreSession.setMaxBinaryMessageSize(settings.maxFrameBytes());
        coreSession.setIdleTimeout(settings.idleTimeout());
        session = coreSession;
        connection = gateway.open(principal, coreSession);
        callback.succeeded();
        coreSession.demand();
    }

    @Override
    public void onFrame(Frame frame, Callback callback) {
        byte type = frame.getOpCode() == OpCode.CONTINUATION ? messageType : frame.getOpCode();
        if (frame.isDataFrame()) {
            messageType = frame.isFin() ? OpCode.UNDEFINED : type;
        }
        switch (type) {
            case OpCode.TEXT -> textMessages().accept(frame, callback);
            case OpCode.PING -> session.sendFrame(new Frame(OpCode.PONG).setPayload(copy(frame.getPayload())),
                    Callback.from(callback, session::demand), false);
            default -> {
                callback.succeeded();
                session.demand();
            }
        }
    }

    @Override
    public void onError(Throwable cause, Callback callback) {
        gateway.gone(connection); // onClosed follows; gone() runs once either way
        callback.succeeded();
    }

    @Override
    public void onClosed(CloseStatus closeStatus, Callback callback) {
        gateway.gone(connection);
        callback.succeeded();
    }

    @SuppressWarnings("unused") // bound by RECEIVED
    private void received(String message) {
        Connection open = connection;
        if (open != null) {
            frames.receive(open, message);
        }
    }

    private MessageSink textMessages() {
        if (textMessages == null) {
            textMessages = new StringMessageSink(session, MethodHolder.from(RECEIVED).bindTo(this), true);
        }
        return textMessages;
    }

    private static ByteBuffer copy(ByteBuffer payload) {
        return payload == null ? BufferUtil.EMPTY_BUFFER : BufferUtil.copy(payload);
    }
}
