package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class KeepAliveGetTest {
    private static final String BODY = "{\"items\":[" + "\"x\",".repeat(30_000) + "\"y\"]}";

    @Test
    void reads_sized_and_chunked_responses_on_one_connection_and_reconnects_after_a_close() throws Exception {
        List<String> requestLines = new CopyOnWriteArrayList<>();
        List<Integer> connections = new CopyOnWriteArrayList<>();
        try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread server = Thread.ofVirtual().start(() -> serve(listener, requestLines, connections));
            try (KeepAliveGet client = new KeepAliveGet(URI.create("http://127.0.0.1:" + listener.getLocalPort()))) {
                KeepAliveGet.Reply sized = client.get("/a?x=1", "t1");
                KeepAliveGet.Reply chunked = client.get("/b", "t1");
                KeepAliveGet.Reply closing = client.get("/c", "t1");
                KeepAliveGet.Reply again = client.get("/d", "t1");

                assertThat(sized).isEqualTo(new KeepAliveGet.Reply(200, BODY.length()));
                assertThat(chunked).isEqualTo(new KeepAliveGet.Reply(200, BODY.length()));
                assertThat(closing).isEqualTo(new KeepAliveGet.Reply(404, 2));
                assertThat(again.status()).isEqualTo(200);
            }
            server.join(5_000);
        }
        assertThat(requestLines).containsExactly("GET /a?x=1 HTTP/1.1", "GET /b HTTP/1.1", "GET /c HTTP/1.1", "GET /d HTTP/1.1");
        assertThat(connections).containsExactly(3, 1);
    }

    private static void serve(ServerSocket listener, List<String> requestLines, List<Integer> connections) {
        try {
            for (int connection = 0; connection < 2; connection++) {
                try (Socket socket = listener.accept()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                    OutputStream out = socket.getOutputStream();
                    int served = 0;
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        requestLines.add(line);
                        while (!in.readLine().isEmpty()) {
                            // request headers
                        }
                        served++;
                        byte[] body = BODY.getBytes(StandardCharsets.US_ASCII);
                        if (line.startsWith("GET /b")) {
                            out.write(("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(1000) + ";ext\r\n")
                                    .getBytes(StandardCharsets.US_ASCII));
                            out.write(body, 0, 1000);
                            out.write(("\r\n" + Integer.toHexString(body.length - 1000) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                            out.write(body, 1000, body.length - 1000);
                            out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        } else if (line.startsWith("GET /c")) {
                            out.write("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII));
                            out.flush();
                            break;
                        } else {
                            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                                    .getBytes(StandardCharsets.US_ASCII));
                            out.write(body);
                        }
                        out.flush();
                    }
                    connections.add(served);
                }
            }
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }
}
