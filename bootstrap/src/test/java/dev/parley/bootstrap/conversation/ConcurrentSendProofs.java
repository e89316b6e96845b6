package dev.parley.bootstrap.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Accounts;
import dev.parley.bootstrap.support.Accounts.SignedInUser;
import dev.parley.bootstrap.support.ApiClient;
import dev.parley.bootstrap.support.ApiClient.Response;
import dev.parley.bootstrap.support.RunningNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Concurrency proofs: gap-free seq under 50 concurrent senders, idempotency under concurrent retries, one
 * direct conversation per pair. {@link ConcurrentSendsIT} runs them with group commit, {@link OneSendPerCommitIT}
 * with batches of one; each brings its own node.
 */
abstract class ConcurrentSendProofs {
    private static final int SENDERS = 50;

    private final ApiClient api;

    ConcurrentSendProofs(RunningNode node) {
        this.api = node.client();
    }

    @Test
    void fifty_concurrent_senders_in_one_conversation_get_distinct_gap_free_seqs() throws Exception {
        SignedInUser owner = Accounts.register(api);
        List<SignedInUser> senders = new ArrayList<>();
        for (int i = 0; i < SENDERS - 1; i++) {
            senders.add(Accounts.register(api));
        }
        String id = Chats.group(api, owner, "group", senders.toArray(SignedInUser[]::new));
        senders.add(owner);
        long before = api.get("/api/v1/conversations/" + id, owner.accessToken()).json().path("last_seq").asLong();

        List<Response> responses = concurrently(senders.stream()
                .<Callable<Response>>map(sender -> () -> Chats.send(api, sender, id, "from " + sender.username()))
                .toList());

        assertThat(responses).allSatisfy(response -> assertThat(response.status()).isEqualTo(201));
        Set<Long> seqs = new HashSet<>();
        responses.forEach(response -> seqs.add(response.json().path("seq").asLong()));
        assertThat(seqs).containsExactlyInAnyOrderElementsOf(
                LongStream.rangeClosed(before + 1, before + SENDERS).boxed().toList());
        JsonNode history = api.get("/api/v1/conversations/" + id + "/messages?after_seq=0&limit=100", owner.accessToken())
                .json().path("items");
        List<Long> stored = new ArrayList<>();
        history.forEach(message -> stored.add(message.path("seq").asLong()));
        assertThat(stored).containsExactlyElementsOf(LongStream.rangeClosed(1, before + SENDERS).boxed().toList());
    }

    @Test
    void concurrent_retries_of_one_client_msg_id_store_one_message_and_leave_no_hole() throws Exception {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);
        String id = Chats.direct(api, alice, bob);
        String path = "/api/v1/conversations/" + id + "/messages";

        List<Callable<Response>> retries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            retries.add(() -> api.post(path, Map.of("content", "only once", "client_msg_id", "retry-me"), alice.accessToken()));
        }
        List<Response> responses = concurrently(retries);

        assertThat(responses.stream().filter(response -> response.status() == 201)).hasSize(1);
        assertThat(responses.stream().filter(response -> response.status() == 200)).hasSize(19);
        assertThat(responses.stream().map(response -> response.json().path("id").asText()).distinct()).hasSize(1);
        assertThat(Chats.send(api, bob, id, "next").json().path("seq").asLong()).isEqualTo(2);
        assertThat(api.get(path, alice.accessToken()).json().path("items")).hasSize(2);
    }

    @Test
    void concurrent_direct_creates_of_one_pair_end_with_one_conversation() throws Exception {
        SignedInUser alice = Accounts.register(api);
        SignedInUser bob = Accounts.register(api);

        List<Callable<Response>> creates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            SignedInUser from = i % 2 == 0 ? alice : bob;
            SignedInUser to = i % 2 == 0 ? bob : alice;
            creates.add(() -> api.post("/api/v1/conversations", Map.of("participant_id", to.id()), from.accessToken()));
        }
        List<Response> responses = concurrently(creates);

        assertThat(responses).allSatisfy(response -> assertThat(response.status()).isIn(200, 201));
        assertThat(responses.stream().filter(response -> response.status() == 201)).hasSize(1);
        assertThat(responses.stream().map(response -> response.json().path("id").asText()).distinct()).hasSize(1);
    }

    private static <T> List<T> concurrently(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(tasks.size())) {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
