package dev.parley.bootstrap.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * Senders posting messages to one conversation over REST as fast as the node answers, for crash and outage
 * tests: every ack (201 with its id and seq) is recorded, every other answer counted by kind. A request that
 * gets no answer within {@link #REQUEST_TIMEOUT} is a hang, which no outage may cause. The node's port is
 * read before each request, so a test may restart the node elsewhere.
 */
public final class SendLoad implements AutoCloseable {
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** Node settings for a load test: the per-user send limit out of the way. */
    public static final Map<String, String> NODE_SETTINGS = Map.of("PARLEY_SEND_RATE_LIMIT", "1000000");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final IntSupplier port;
    private final String conversationId;
    private final String token;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger sequence = new AtomicInteger();
    private final Map<String, Ack> acks = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final List<Thread> senders = new ArrayList<>();

    /** A message the server acknowledged. */
    public record Ack(String id, long seq, String clientMsgId) {
    }

    private SendLoad(IntSupplier port, String conversationId, String token) {
        this.port = port;
        this.conversationId = conversationId;
        this.token = token;
    }

    /** Starts {@code senders} senders, each waiting for its answer before sending the next message. */
    public static SendLoad start(IntSupplier port, String conversationId, String token, int senders) {
        SendLoad load = new SendLoad(port, conversationId, token);
        for (int i = 0; i < senders; i++) {
            load.senders.add(Thread.ofVirtual().name("send-load-" + i).start(load::sendUntilStopped));
        }
        return load;
    }

    private void sendUntilStopped() {
        while (running.get()) {
            String clientMsgId = "load-" + sequence.incrementAndGet();
            long started = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                + port.getAsInt() + "/api/v1/conversations/" + conversationId + "/messages"))
                        .timeout(REQUEST_TIMEOUT)
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                                Map.of("content", "message " + clientMsgId, "client_msg_id", clientMsgId))))
                        .build(), HttpResponse.BodyHandlers.ofString());
                record(response, clientMsgId);
            } catch (HttpTimeoutException hang) {
                unexpected.add("no answer within " + REQUEST_TIMEOUT + " for " + clientMsgId);
            } catch (IOException refusedOrReset) {
                count("connection: " + refusedOrReset.getClass().getSimpleName());
                pause(Duration.ofMillis(50)); // the node is down: do not spin
            } catch (InterruptedException interrupted) {
                return;
            }
            if (Duration.ofNanos(System.nanoTime() - started).compareTo(REQUEST_TIMEOUT) > 0) {
                unexpected.add("an answer took longer than " + REQUEST_TIMEOUT);
            }
        }
    }

    private void record(HttpResponse<String> response, String clientMsgId) throws IOException {
        if (response.statusCode() == 201) {
            JsonNode message = JSON.readTree(response.body());
            acks.put(message.path("id").asText(), new Ack(message.path("id").asText(), message.path("seq").asLong(),
                    message.path("client_msg_id").asText()));
            return;
        }
        JsonNode body = response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
        String code = body.path("error").path("code").asText("(no envelope)");
        if (response.statusCode() == 503 && code.equals("unavailable") && response.headers().firstValue("Retry-After").isPresent()) {
            count("503 unavailable");
            pause(Duration.ofMillis(100));
        } else {
            unexpected.add(response.statusCode() + " " + response.body());
        }
    }

    private void count(String kind) {
        failures.computeIfAbsent(kind, ignored -> new AtomicInteger()).incrementAndGet();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public int acked() {
        return acks.size();
    }

    /** Waits until {@code more} further messages have been acknowledged (or fails after {@code within}). */
    public void awaitMoreAcks(int more, Duration within) {
        int target = acks.size() + more;
        long deadline = System.nanoTime() + within.toNanos();
        while (acks.size() < target) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + acks.size() + " of " + target + " acks within " + within
                        + "; failures " + failures + ", unexpected " + unexpected);
            }
            pause(Duration.ofMillis(20));
        }
    }

    /** How often each retryable failure was seen (503 unavailable, connection refused or reset). */
    public Map<String, Integer> failures() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        failures.forEach((kind, count) -> counts.put(kind, count.get()));
        return counts;
    }

    public int failuresOf(String kind) {
        AtomicInteger count = failures.get(kind);
        return count == null ? 0 : count.get();
    }

    /** Answers no outage may give: hangs, 500s, bare error pages. */
    public List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    /** Stops the senders and waits for their last answers. */
    public Map<String, Ack> stop() {
        running.set(false);
        for (Thread sender : senders) {
            try {
                sender.join(REQUEST_TIMEOUT.plusSeconds(5));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return Map.copyOf(acks);
    }

    @Override
    public void close() {
        stop();
    }
}
