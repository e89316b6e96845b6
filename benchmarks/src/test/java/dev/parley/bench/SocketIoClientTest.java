package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SocketIoClientTest {
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final SocketIoClient client = new SocketIoClient("{\"room\":\"room-3\"}", delivered::add);

    @Test
    void connects_to_the_main_namespace_with_its_room_and_is_ready_only_once_the_server_confirms() {
        client.upgraded(new RecordingSocket(), null);

        client.onPacket("0{\"sid\":\"abc\",\"upgrades\":[],\"pingInterval\":25000,\"pingTimeout\":20000,\"maxPayload\":1000000}");
        assertThat(sent).containsExactly("40{\"room\":\"room-3\"}");
        assertThat(client.connected()).isNotDone();

        client.onPacket("40{\"sid\":\"def\"}");
        assertThat(client.connected()).isCompletedWithValue(client);
    }

    @Test
    void answers_pings_hands_events_on_as_they_are_and_wraps_sends_in_a_send_event() {
        client.upgraded(new RecordingSocket(), null);

        client.onPacket("2");
        client.onPacket("42[\"m\",{\"type\":\"message.created\",\"message\":{\"content\":\"bench|1|5|7|\"}}]");
        client.send("{\"type\":\"message.send\",\"ref\":\"1-1\"}");

        assertThat(sent).containsExactly("3", "42[\"send\",{\"type\":\"message.send\",\"ref\":\"1-1\"}]");
        assertThat(delivered).hasSize(1);
        assertThat(Frames.benchMessage(delivered.get(0))).isEqualTo(new Frames.BenchMessage(1, 5, 7));
    }

    @Test
    void a_refused_namespace_connect_fails_the_connection() {
        client.upgraded(new RecordingSocket(), null);

        client.onPacket("44{\"message\":\"not authorized\"}");

        assertThat(client.connected()).isCompletedExceptionally();
    }

    private final class RecordingSocket implements WsClient {
        @Override
        public CompletionStage<?> send(String text) {
            sent.add(text);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }
}
