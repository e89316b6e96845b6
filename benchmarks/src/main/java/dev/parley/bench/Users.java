package dev.parley.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/** Registers many benchmark users in parallel, spread over the server nodes. */
public final class Users {
    public static final String PASSWORD = "bench-password-1";

    private Users() {
    }

    /** Registers {@code count} users named {@code <prefix><n>}; user n goes to node n % nodes. */
    public static List<Api.User> register(List<Api> nodes, String prefix, int count, int parallelism) throws Exception {
        Semaphore permits = new Semaphore(parallelism);
        List<Future<Api.User>> futures = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                Api api = nodes.get(i % nodes.size());
                String name = prefix + i;
                futures.add(executor.submit(() -> {
                    permits.acquire();
                    try {
                        return api.register(name, PASSWORD);
                    } finally {
                        permits.release();
                    }
                }));
            }
            List<Api.User> users = new ArrayList<>();
            for (Future<Api.User> future : futures) {
                users.add(future.get());
            }
            return users;
        }
    }

    /** Whether the server has the conversations API yet, asked before registering thousands of users for nothing. */
    public static boolean conversationsAvailable(Api api, String prefix) throws Exception {
        return api.hasConversations(api.register(prefix + "probe", PASSWORD));
    }

    /** A short prefix unique to this run, so that reruns against a kept database never collide. */
    public static String runPrefix(String scenario) {
        return "b" + scenario.charAt(0) + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36) + "_";
    }
}
