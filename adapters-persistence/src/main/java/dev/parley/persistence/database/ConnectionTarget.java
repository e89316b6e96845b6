package dev.parley.persistence.database;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A PostgreSQL server and database, parsed from a libpq-style {@code postgresql://user:pass@host:port/db}
 * URL or a {@code jdbc:postgresql:} URL. {@link #toString()} hides the password.
 */
public record ConnectionTarget(String jdbcUrl, String user, String password, String databaseName) {

    public static ConnectionTarget parse(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            URI uri = URI.create(url.substring("jdbc:".length()));
            String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
            return new ConnectionTarget(url, null, null, database);
        }
        if (!url.startsWith("postgresql://") && !url.startsWith("postgres://")) {
            throw new IllegalArgumentException("must start with postgresql:// or jdbc:postgresql:");
        }
        URI uri = URI.create(url);
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "parley" : uri.getPath().substring(1);
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new ConnectionTarget("jdbc:postgresql://" + host + ":" + port + "/" + database + query, user, password,
                database);
    }

    /** The same server's maintenance database, used to create ours when it is missing. */
    public ConnectionTarget maintenance() {
        String withoutDb = jdbcUrl.replaceFirst("/" + java.util.regex.Pattern.quote(databaseName) + "(\\?|$)", "/postgres$1");
        return new ConnectionTarget(withoutDb, user, password, "postgres");
    }

    public ConnectionTarget withDatabase(String name) {
        String url = jdbcUrl.replaceFirst("/" + java.util.regex.Pattern.quote(databaseName) + "(\\?|$)", "/" + name + "$1");
        return new ConnectionTarget(url, user, password, name);
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ConnectionTarget[" + jdbcUrl.replaceAll("password=[^&]*", "password=****") + ", user=" + user + "]";
    }
}
