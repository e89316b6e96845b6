package dev.parley.storage;

import dev.parley.application.testing.contracts.FileStorageContract;
import dev.parley.domain.file.out.FileStorage;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The storage contract against a real S3-compatible server (S3Proxy, in-process, AWS signature v4, path style). */
class S3StorageIT extends FileStorageContract {
    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.builder()
            .withCredentials(AuthenticationType.AWS_V2_OR_V4, "parley-access", "parley-secret")
            .build();

    private FileStorage storage;

    @BeforeEach
    void connect() {
        storage = new S3Storage(new StorageSettings.S3Settings(S3.getUri().toString(), "parley-files", "us-east-1",
                S3.getAccessKey(), S3.getSecretKey(), true)).ensureBucket();
    }

    @Override
    protected FileStorage storage() {
        return storage;
    }
}
