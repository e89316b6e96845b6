package dev.parley.http.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.realtime.WireFrame;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OutboundQueueTest {
    /** Records frames; blocks every write until released when {@code stuck}. */
    private static final class RecordingSink implements OutboundQueue.Sink {
        final List<String> written = new CopyOnWriteArrayList<>();
        final CompletableFuture<Integer> closedWith = new CompletableFuture<>();
        final CountDownLatch release;

        RecordingSink(boolean stuck) {
            this.release = new CountDownLatch(stuck ? 1 : 0);
        }

        @Override
        public void write(String frame) throws Exception {
            release.await();
            written.add(frame);
        }

        @Override
        public void heartbeat() {
            written.add(":heartbeat");
        }

        @Override
        public void close(int code, String reason) {
            closedWith.complete(code);
        }
    }

    @Test
    void writes_frames_in_order_then_closes_after_pending_ones() throws Exception {
        RecordingSink sink = new RecordingSink(false);
        OutboundQueue queue = new OutboundQueue(sink, 16, Thread.ofVirtual().factory());

        queue.offer(WireFrame.ofText("1"));
        queue.offer(WireFrame.ofText("2"));
        queue.offer(WireFrame.ofText("revoked"));
        queue.closeAfterPending(CloseCodes.UNAUTHORIZED, "session revoked");

        assertThat(sink.closedWith.get(2, TimeUnit.SECONDS)).isEqualTo(4001);
        assertThat(sink.written).containsExactly("1", "2", "revoked");
        assertThat(queue.offer(WireFrame.ofText("late"))).isFalse();
    }

    @Test
    void a_consumer_that_overflows_its_queue_is_closed_with_4008_without_blocking_the_publisher() throws Exception {
        RecordingSink slow = new RecordingSink(true);
        OutboundQueue queue = new OutboundQueue(slow, 8, Thread.ofVirtual().factory());

        long start = System.nanoTime();
        int accepted = 0;
        for (int i = 0; i < 100; i++) {
            if (queue.offer(WireFrame.ofText("frame " + i))) {
                accepted++;
            }
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
        assertThat(accepted).isLessThanOrEqualTo(9);
        assertThat(slow.closedWith.get(2, TimeUnit.SECONDS)).isEqualTo(4008);
    }

    @Test
    void a_stuck_consumer_does_not_delay_another_sockets_frames() throws Exception {
        RecordingSink stuck = new RecordingSink(true);
        RecordingSink healthy = new RecordingSink(false);
        OutboundQueue stuckQueue = new OutboundQueue(stuck, 4, Thread.ofVirtual().factory());
        // Roomy enough that a busy CI machine delaying the writer cannot make the healthy one overflow.
        OutboundQueue healthyQueue = new OutboundQueue(healthy, 256, Thread.ofVirtual().factory());

        for (int i = 0; i < 50; i++) {
            stuckQueue.offer(WireFrame.ofText("s" + i));
            healthyQueue.offer(WireFrame.ofText("h" + i));
            Thread.sleep(1);
        }

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (healthy.written.size() < 50 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(healthy.written).hasSize(50).startsWith("h0").endsWith("h49");
        assertThat(healthy.closedWith).isNotDone();
        assertThat(stuck.closedWith.get(2, TimeUnit.SECONDS)).isEqualTo(4008);
    }

    @Test
    void an_idle_socket_holds_no_writer_thread_and_later_frames_still_arrive_in_order() throws Exception {
        RecordingSink sink = new RecordingSink(false);
        List<Thread> writers = new CopyOnWriteArrayList<>();
        OutboundQueue queue = new OutboundQueue(sink, 64, task -> {
            Thread thread = Thread.ofVirtual().unstarted(task);
            writers.add(thread);
            return thread;
        });

        for (int i = 0; i < 20; i++) {
            queue.offer(WireFrame.ofText("a" + i));
        }
        awaitWritten(sink, 20);
        for (Thread writer : writers) {
            assertThat(writer.join(Duration.ofSeconds(2))).as("writer ends once the queue is empty").isTrue();
        }
        for (int i = 0; i < 20; i++) {
            queue.offer(WireFrame.ofText("b" + i));
        }
        awaitWritten(sink, 40);

        assertThat(sink.written.subList(20, 40)).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 20).mapToObj(i -> "b" + i).toList());
        assertThat(sink.written.subList(0, 20)).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 20).mapToObj(i -> "a" + i).toList());
    }

    private static void awaitWritten(RecordingSink sink, int count) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (sink.written.size() < count && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(sink.written).hasSize(count);
    }
}
