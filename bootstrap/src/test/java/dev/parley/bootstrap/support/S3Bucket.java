package dev.parley.bootstrap.support;

import dev.parley.storage.StorageSettings;
import java.util.Map;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.junit.S3ProxyExtension;

/** A real S3 server (S3Proxy) in-process for a test class, and the settings that point a node at its bucket. */
public final class S3Bucket implements AutoCloseable {
    private final S3ProxyExtension server = S3ProxyExtension.builder()
            .withCredentials(AuthenticationType.AWS_V2_OR_V4, "parley-access", "parley-secret").build();
    private final StorageSettings.S3Settings settings;

    private S3Bucket(String region) {
        try {
            server.beforeEach(null); // the extension's own lifecycle is per test: started once for the class instead
        } catch (Exception failure) {
            throw new IllegalStateException("S3Proxy did not start", failure);
        }
        settings = new StorageSettings.S3Settings(server.getUri().toString(), "parley-files", region, server.getAccessKey(),
                server.getSecretKey(), true);
    }

    /** Starts the server; the node will use bucket {@code parley-files} in {@code region}. */
    public static S3Bucket start(String region) {
        return new S3Bucket(region);
    }

    public StorageSettings.S3Settings settings() {
        return settings;
    }

    /** The node settings that keep its files in this bucket. */
    public Map<String, String> environment() {
        return Map.of("PARLEY_S3_ENDPOINT", settings.endpoint(), "PARLEY_S3_BUCKET", settings.bucket(),
                "PARLEY_S3_REGION", settings.region(), "PARLEY_S3_ACCESS_KEY", settings.accessKey(),
                "PARLEY_S3_SECRET_KEY", settings.secretKey(), "PARLEY_S3_PATH_STYLE", "true");
    }

    @Override
    public void close() {
        server.afterEach(null);
    }
}
