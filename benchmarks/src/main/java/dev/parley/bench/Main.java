package dev.parley.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Entry point of the load generator: {@code java -jar parley-bench.jar <scenario> --servers … [options]}.
 * Normally started by bench/run, which also starts and stops the servers and the throw-away database.
 */
public final class Main {
    private static final Map<String, Scenario> SCENARIOS = Map.of(
            "login", new LoginScenario(),
            "persist", new PersistScenario(),
            "fanout", new FanoutScenario(),
            "connections", new ConnectionsScenario(),
            "history", new HistoryScenario(),
            "upload", new UploadScenario());

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !(SCENARIOS.containsKey(args[0]) || args[0].equals("connections-worker"))) {
            System.err.println("usage: <" + String.join("|", SCENARIOS.keySet()) + "> --servers http://127.0.0.1:PORT[,…] "
                    + "--server-pids PID[,…] --database-url postgresql://user@host:port/db [--redis-url …] [--out DIR] [scenario options]");
            System.exit(2);
        }
        Options options = Options.parse(args, 1);
        if (args[0].equals("connections-worker")) {
            ConnectionsWorker.main(options);
            return;
        }
        BenchEnv env = BenchEnv.from(options);
        Result result = new Result(args[0], Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        result.machine = Machine.describe(env);
        SCENARIOS.get(args[0]).run(env, options, result);
        Map<String, Object> parameters = new java.util.LinkedHashMap<>(options.used());
        parameters.putAll(result.parameters);
        result.parameters.clear();
        result.parameters.putAll(parameters);
        Path out = env.outDir();
        String markdown = Report.write(result, out);
        System.out.println(markdown);
        System.out.println("results written to " + out.toAbsolutePath().resolve(result.name + ".{json,md,png}"));
        System.exit(0);
    }
}
