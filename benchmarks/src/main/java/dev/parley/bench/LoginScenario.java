package dev.parley.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code login}: logins per second at production password-hashing cost, for capacity planning. Closed
 * loop: for each concurrency step, that many clients log in back to back for the step's duration.
 */
public final class LoginScenario implements Scenario {

    @Override
    public void run(BenchEnv env, Options options, Result result) throws Exception {
        int users = options.integer("users", 16);
        List<Integer> steps = options.integers("concurrency", "1,2,4,8");
        Duration step = options.seconds("step-seconds", 6);
        result.chartX = "concurrency";
        result.chartXTitle = "concurrent clients (closed loop)";
        List<Api> nodes = new ArrayList<>();
        env.servers().forEach(server -> nodes.add(new Api(server)));
        List<Api.User> accounts = Users.register(nodes, Users.runPrefix("login"), users, 2);
        ProcSampler sampler = new ProcSampler(env.serverPids());
        double best = 0;
        for (int concurrency : steps) {
            sampler.start();
            ClosedLoop.Outcome outcome = ClosedLoop.run(concurrency, step, (worker, i) -> {
                Api.User user = accounts.get((int) ((worker + i * concurrency) % accounts.size()));
                return nodes.get(worker % nodes.size()).login(user.username(), Users.PASSWORD).status() == 200 ? 1 : 0;
            });
            Map<String, Object> row = result.row("login");
            row.put("concurrency", concurrency);
            row.put("rate_per_s", Report.round(outcome.unitsPerSecond()));
            row.putAll(outcome.latency().summary(""));
            row.put("errors", outcome.errors());
            row.putAll(sampler.stop());
            best = Math.max(best, outcome.unitsPerSecond());
        }
        result.note("Closed loop: each client logs in again as soon as its previous login answered; the rate is the capacity, "
                + "bounded by Argon2id at production cost (PARLEY_PASSWORD_HASH_* unset).");
        result.note(String.format("Best: %.1f logins/s per %d-node deployment on this machine.", best, nodes.size()));
    }
}
