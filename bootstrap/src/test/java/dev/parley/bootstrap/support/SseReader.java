package dev.parley.bootstrap.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Reads {@code GET /api/v1/events} line by line: JSON events from {@code data:} lines, and comments. */
public final class SseReader implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final HttpResponse<Stream<String>> response;
    private volatile Stream<String> body;

    private SseReader(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.body = response.body();
        Thread.ofVirtual().start(() -> {
            try (Stream<String> stream = body) {
                stream.forEach(lines::add);
            } catch (RuntimeException closed) {
                // the stream was closed by either side
            }
            ended.complete(null);
        });
    }

    public static SseReader open(RunningNode node, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + "/api/v1/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
        try {
            return new SseReader(HTTP.send(request, HttpResponse.BodyHandlers.ofLines()));
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The next line starting with {@code prefix}, waiting up to {@code wait}. */
    public String nextLine(String prefix, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("no line starting with '" + prefix + "' within " + wait);
    }

    /** The next event's JSON. */
    public JsonNode nextEvent(Duration wait) {
        try {
            JsonNode event = JSON.readTree(nextLine("data:", wait).substring(5).strip());
            FrameContract.checkServerFrame(event);
            return event;
        } catch (Exception failure) {
            throw new AssertionError(failure);
        }
    }

    /** Whether the server ended the stream within {@code wait}. */
    public boolean endsWithin(Duration wait) {
        try {
            ended.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception notYet) {
            return false;
        }
    }

    @Override
    public void close() {
        body.close();
    }
}
