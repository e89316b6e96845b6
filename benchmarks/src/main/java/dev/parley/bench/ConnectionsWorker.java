package dev.parley.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load process of {@code connections}: holds its share of idle sockets from its own 127.0.0.x source
 * address and reports over stdout ({@code CONNECTED n failed millis}, {@code DONE}, {@code RECEIVED n p99_us max_us}),
 * reading {@code REPORT} and {@code EXIT} from stdin. The tokens file has one {@code <server-url> <token>} a line;
 * {@code DONE} comes once {@code --expect} sockets got the message (the sender's own socket need not).
 */
public final class ConnectionsWorker {
    private static final String MARKER = "conn|";

    private ConnectionsWorker() {
    }

    public static void main(Options options) throws Exception {
        List<URI> servers = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(options.string("tokens", "")))) {
            String[] parts = line.split(" ", 2);
            servers.add(URI.create(parts[0]));
            tokens.add(parts[1]);
        }
        String source = options.string("source", "");
        long expected = options.integer("expect", tokens.size());
        Latency latency = new Latency();
        AtomicLong received = new AtomicLong();
        WsConnector connector = new JdkWsConnector(List.of(JdkWsClient.httpClient(source.isEmpty() ? null : InetAddress.getByName(source),
                Executors.newVirtualThreadPerTaskExecutor())));
        long start = System.nanoTime();
        List<WsClient> sockets = new ArrayList<>();
        long failed = 0;
        int batch = 500;
        for (int from = 0; from < tokens.size(); from += batch) {
            int to = Math.min(tokens.size(), from + batch);
            try {
                sockets.addAll(Sockets.open(connector, tokens.subList(from, to), i -> servers.get(i), i -> frame -> {
                    int at = frame.indexOf(MARKER);
                    if (at >= 0 && Frames.isType(frame, "message.created")) {
                        long sentMicros = Long.parseLong(frame.substring(at + MARKER.length(), frame.indexOf('|', at + MARKER.length())));
                        latency.recordMicros(Instant.EPOCH.until(Instant.now(), ChronoUnit.MICROS) - sentMicros);
                        if (received.incrementAndGet() == expected) {
                            System.out.println("DONE");
                            System.out.flush();
                        }
                    }
                }, 100));
            } catch (Exception e) {
                failed += to - from;
                System.err.println("connect failed: " + e);
            }
        }
        System.out.println("CONNECTED " + sockets.size() + " " + failed + " " + (System.nanoTime() - start) / 1_000_000);
        System.out.flush();
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in));
        for (String line; (line = stdin.readLine()) != null; ) {
            if (line.equals("REPORT")) {
                long open = sockets.stream().filter(WsClient::isOpen).count();
                System.out.println("RECEIVED " + received.get() + " " + Math.round(latency.percentileMillis(99) * 1000)
                        + " " + Math.round(latency.maxMillis() * 1000) + " " + open);
                System.out.flush();
            } else if (line.equals("EXIT")) {
                break;
            }
        }
        sockets.forEach(WsClient::close);
        Thread.sleep(500);
        System.exit(0);
    }

    public static String content() {
        return MARKER + Instant.EPOCH.until(Instant.now(), ChronoUnit.MICROS) + "|";
    }
}
