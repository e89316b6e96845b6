package dev.parley.bench;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What bench/run hands the load generator: the server nodes (URL and process id), the peer relay's processes
 * when one runs beside them ({@code --peer}), the throw-away database and Redis, where to write results, and
 * which server build runs (branch@commit or a jar path).
 */
public record BenchEnv(List<URI> servers, List<Long> serverPids, List<URI> peerServers, List<Long> peerPids,
                       String jdbcUrl, String dbUser, String dbPassword, String redisUrl, Path outDir, String serverBuild) {

    public static BenchEnv from(Options options) {
        List<URI> servers = uris(options, "servers");
        List<Long> pids = pids(options, "server-pids");
        URI db = URI.create(options.has("database-url") ? valueOf(options, "database-url") : "postgresql://postgres@127.0.0.1:5432/postgres");
        String user = "postgres";
        String password = "";
        if (db.getUserInfo() != null) {
            String[] parts = db.getUserInfo().split(":", 2);
            user = parts[0];
            password = parts.length > 1 ? parts[1] : "";
        }
        String jdbc = "jdbc:postgresql://" + db.getHost() + ":" + (db.getPort() < 0 ? 5432 : db.getPort()) + db.getPath()
                + "?reWriteBatchedInserts=true";
        String redis = options.has("redis-url") ? valueOf(options, "redis-url") : null;
        Path out = Path.of(options.has("out") ? valueOf(options, "out") : "benchmarks/target/results");
        String build = options.has("server-build") ? valueOf(options, "server-build") : "unknown";
        return new BenchEnv(servers, pids, uris(options, "peer-servers"), pids(options, "peer-pids"), jdbc, user, password,
                redis, out, build);
    }

    private static List<URI> uris(Options options, String name) {
        List<URI> uris = new ArrayList<>();
        for (String uri : options.strings(name)) {
            uris.add(URI.create(uri.trim()));
        }
        return List.copyOf(uris);
    }

    private static List<Long> pids(Options options, String name) {
        List<Long> pids = new ArrayList<>();
        for (String pid : options.strings(name)) {
            pids.add(Long.parseLong(pid.trim()));
        }
        return List.copyOf(pids);
    }

    private static String valueOf(Options options, String name) {
        return options.strings(name).isEmpty() ? "" : String.join(",", options.strings(name));
    }

    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", dbUser);
        if (!dbPassword.isEmpty()) {
            properties.setProperty("password", dbPassword);
        }
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    public URI server(int index) {
        return servers.get(index % servers.size());
    }
}
