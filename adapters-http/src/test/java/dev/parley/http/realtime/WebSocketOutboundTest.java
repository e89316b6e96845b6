package dev.parley.http.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.realtime.WireFrame;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebSocketOutboundTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    /** A Jetty session that records what is sent and closed, and completes sends only when told to. */
    private static final class FakeSocket {
        final List<String> sent = new CopyOnWriteArrayList<>();
        final List<ByteBuffer> payloads = new CopyOnWriteArrayList<>();
        final List<Callback> pending = new CopyOnWriteArrayList<>();
        final List<Integer> closedWith = new CopyOnWriteArrayList<>();
        volatile boolean open = true;
        volatile boolean disconnected;

        CoreSession session() {
            return (CoreSession) Proxy.newProxyInstance(CoreSession.class.getClassLoader(), new Class<?>[] {CoreSession.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "sendFrame" -> {
                            sent.add(((Frame) args[0]).getPayloadAsUTF8());
                            payloads.add(((Frame) args[0]).getPayload());
                            pending.add((Callback) args[1]);
                            yield null;
                        }
                        case "close" -> {
                            closedWith.add((Integer) args[0]);
                            yield null;
                        }
                        case "abort" -> {
                            disconnected = true;
                            open = false;
                            yield null;
                        }
                        case "isOutputOpen", "isInputOpen" -> open;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        void writeAll() {
            pending.forEach(Callback::succeeded);
            pending.clear();
        }
    }

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    @Test
    void frames_go_out_in_order_and_a_consumer_that_keeps_up_is_never_closed() {
        FakeSocket socket = new FakeSocket();
        WebSocketOutbound outbound = new WebSocketOutbound(socket.session(), 2, Duration.ofSeconds(1), timer);
        for (int i = 0; i < 10; i++) {
            assertThat(outbound.offer(WireFrame.ofText("f" + i))).isTrue();
            socket.writeAll();
        }
        assertThat(socket.sent).containsExactly("f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9");
        assertThat(socket.closedWith).isEmpty();
        assertThat(outbound.unwritten()).isZero();
    }

    @Test
    void sockets_share_the_encoded_bytes_and_writing_one_leaves_the_others_whole() {
        FakeSocket first = new FakeSocket();
        FakeSocket second = new FakeSocket();
        WireFrame frame = WireFrame.ofText("{\"type\":\"presence\",\"status\":\"online\"}");

        new WebSocketOutbound(first.session(), 2, Duration.ofSeconds(1), timer).offer(frame);
        first.payloads.getFirst().position(first.payloads.getFirst().limit()); // what writing it to the network does
        new WebSocketOutbound(second.session(), 2, Duration.ofSeconds(1), timer).offer(frame);

        assertThat(first.payloads.getFirst().isReadOnly()).isTrue();
        assertThat(second.payloads.getFirst().remaining()).isEqualTo(frame.size());
        assertThat(second.sent).containsExactly(frame.text());
    }

    @Test
    void more_unwritten_frames_than_the_capacity_close_the_socket_as_a_slow_consumer_and_drop_it_if_it_stays_stuck()
            throws Exception {
        FakeSocket socket = new FakeSocket();
        WebSocketOutbound outbound = new WebSocketOutbound(socket.session(), 2, Duration.ofMillis(50), timer);
        assertThat(outbound.offer(WireFrame.ofText("a"))).isTrue();
        assertThat(outbound.offer(WireFrame.ofText("b"))).isTrue();
        assertThat(outbound.offer(WireFrame.ofText("c"))).isFalse();
        assertThat(socket.sent).containsExactly("a", "b");
        assertThat(socket.closedWith).containsExactly(CloseCodes.SLOW_CONSUMER);
        assertThat(outbound.offer(WireFrame.ofText("d"))).as("nothing more after the close").isFalse();
        timer.schedule(() -> { }, 200, TimeUnit.MILLISECONDS).get();
        assertThat(socket.disconnected).as("a peer that never takes its close frame is dropped").isTrue();
    }

    @Test
    void a_failed_write_drops_the_connection_and_later_frames_are_refused() {
        FakeSocket socket = new FakeSocket();
        WebSocketOutbound outbound = new WebSocketOutbound(socket.session(), 8, Duration.ofSeconds(1), timer);
        outbound.offer(WireFrame.ofText("a"));
        socket.pending.getFirst().failed(new java.io.IOException("broken pipe"));
        assertThat(socket.disconnected).isTrue();
        assertThat(outbound.offer(WireFrame.ofText("b"))).isFalse();
    }

    @Test
    void close_after_pending_queues_the_close_behind_the_frames_already_sent() {
        FakeSocket socket = new FakeSocket();
        WebSocketOutbound outbound = new WebSocketOutbound(socket.session(), 8, Duration.ofSeconds(1), timer);
        outbound.offer(WireFrame.ofText("last words"));
        outbound.closeAfterPending(CloseCodes.UNAUTHORIZED, "session revoked");
        assertThat(socket.sent).containsExactly("last words");
        assertThat(socket.closedWith).containsExactly(CloseCodes.UNAUTHORIZED);
        assertThat(socket.disconnected).isFalse();
        assertThat(outbound.offer(WireFrame.ofText("more"))).isFalse();
    }
}
