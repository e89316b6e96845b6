package dev.parley.bench;

import static dev.parley.bench.WsFramesTest.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LeanWsClientTest {

    @Test
    void upgrades_answers_pings_sends_masked_frames_and_echoes_the_servers_close() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        List<String> seenByServer = new CopyOnWriteArrayList<>();
        try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread server = Thread.ofVirtual().start(() -> serve(listener, seenByServer));
            WsClient client = new LeanWsConnector().connect(URI.create("http://127.0.0.1:" + listener.getLocalPort()), "tok", received::add)
                    .get(10, TimeUnit.SECONDS);

            assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("welcome");
            client.send("{\"type\":\"message.send\"}").toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("echo {\"type\":\"message.send\"}");
            server.join(10_000);
            assertThat(client.isOpen()).isFalse();
        }
        assertThat(seenByServer).containsExactly("GET /api/v1/ws?token=tok HTTP/1.1", "pong:beat", "text:{\"type\":\"message.send\"}",
                "close:1001");
    }

    /** A server of one connection: frames right behind the 101, a ping, an echo in two fragments, then a close. */
    private static void serve(ServerSocket listener, List<String> seen) {
        try (Socket socket = listener.accept()) {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            String key = null;
            for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                if (line.startsWith("GET ")) {
                    seen.add(line);
                } else if (line.toLowerCase().startsWith("sec-websocket-key:")) {
                    key = line.substring(18).strip();
                }
            }
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
                    + WsHandshake.accept(key) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(WsFrameDecoderTest.serverFrame(0x81, "welcome".getBytes(StandardCharsets.UTF_8)));
            out.write(WsFrameDecoderTest.serverFrame(0x89, "beat".getBytes(StandardCharsets.UTF_8)));
            out.flush();
            // The pong and the client's text frame may come in either order: the client sends from the test thread.
            List<String> pongAndText = Stream.of(clientFrame(in), clientFrame(in)).sorted().toList();
            seen.addAll(pongAndText);
            String text = pongAndText.get(1).substring("text:".length());
            byte[] echo = WsFrameDecoderTest.serverFrame(0x01, "echo ".getBytes(StandardCharsets.UTF_8));
            out.write(echo, 0, 3); // split inside a frame
            out.flush();
            Thread.sleep(50);
            out.write(echo, 3, echo.length - 3);
            out.write(WsFrameDecoderTest.serverFrame(0x80, text.getBytes(StandardCharsets.UTF_8)));
            out.write(WsFrameDecoderTest.serverFrame(0x88, bytes(0x03, 0xE9)));
            out.flush();
            seen.add(clientFrame(in));
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** Reads one client frame, checks that it is masked and names it: "pong:…", "text:…" or "close:code". */
    private static String clientFrame(DataInputStream in) throws IOException {
        int first = in.readUnsignedByte();
        int second = in.readUnsignedByte();
        assertThat(second & 0x80).as("client frames are masked").isEqualTo(0x80);
        int length = second & 0x7F;
        byte[] mask = in.readNBytes(4);
        byte[] payload = in.readNBytes(length);
        for (int i = 0; i < length; i++) {
            payload[i] ^= mask[i % 4];
        }
        return switch (first) {
            case 0x8A -> "pong:" + new String(payload, StandardCharsets.UTF_8);
            case 0x81 -> "text:" + new String(payload, StandardCharsets.UTF_8);
            case 0x88 -> "close:" + (((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF));
            default -> "opcode " + first;
        };
    }

    private static String readLine(DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
