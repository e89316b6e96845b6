package dev.parley.storage;

import dev.parley.domain.file.StorageKey;
import dev.parley.domain.file.out.FileStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Storage adapter: file bytes in an S3-compatible bucket (AWS S3, MinIO, Ceph, S3Proxy) through the AWS SDK v2
 * with only the requests every such server accepts (plain PUT, multipart upload, ranged GET, HEAD, DELETE;
 * path-style addressing when asked). A write streams: the content is cut into parts of {@link #PART_SIZE},
 * each spooled to a temporary file and sent as it fills (so memory stays at one copy buffer whatever the
 * size); a content that fits one part is a single PUT. A failed write aborts its multipart upload: nothing is
 * left in the bucket.
 */
public final class S3Storage implements FileStorage {
    /** S3's smallest part size (except the last). */
    static final long PART_SIZE = 5L * 1024 * 1024;
    private static final int BUFFER = 64 * 1024;

    private final S3Client client;
    private final String bucket;

    public S3Storage(StorageSettings.S3Settings settings) {
        this.bucket = settings.bucket();
        this.client = S3Client.builder()
                .endpointOverride(URI.create(settings.endpoint()))
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                .forcePathStyle(settings.pathStyle())
                // Checksums only where S3 requires them: the default trailing CRC (aws-chunked with trailers)
                // is refused by several S3-compatible servers and older MinIO/Ceph versions.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(ApacheHttpClient.builder())
                .build();
    }

    /** Creates the bucket when it does not exist yet (a fresh MinIO, a test server). */
    public S3Storage ensureBucket() {
        try {
            client.headBucket(request -> request.bucket(bucket));
        } catch (S3Exception missing) {
            if (missing.statusCode() != 404) {
                throw missing;
            }
            client.createBucket(request -> request.bucket(bucket));
        }
        return this;
    }

    @Override
    public void write(StorageKey key, InputStream content) {
        String object = key.path();
        Path spool = null;
        String uploadId = null;
        try {
            spool = Files.createTempFile("parley-s3-", ".part");
            List<CompletedPart> parts = new ArrayList<>();
            while (true) {
                long filled = fill(content, spool);
                boolean last = filled < PART_SIZE;
                if (uploadId == null && last) {
                    client.putObject(request -> request.bucket(bucket).key(object), RequestBody.fromFile(spool));
                    return;
                }
                if (uploadId == null) {
                    uploadId = client.createMultipartUpload(request -> request.bucket(bucket).key(object)).uploadId();
                }
                if (filled > 0) {
                    int number = parts.size() + 1;
                    String id = uploadId;
                    Path part = spool;
                    String etag = client.uploadPart(request -> request.bucket(bucket).key(object).uploadId(id)
                            .partNumber(number).contentLength(filled), RequestBody.fromFile(part)).eTag();
                    parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                }
                if (last) {
                    break;
                }
            }
            String id = uploadId;
            client.completeMultipartUpload(request -> request.bucket(bucket).key(object).uploadId(id)
                    .multipartUpload(upload -> upload.parts(parts)));
            uploadId = null;
        } catch (IOException failed) {
            throw new UncheckedIOException("could not store " + object, failed);
        } finally {
            if (uploadId != null) {
                abortQuietly(object, uploadId);
            }
            if (spool != null) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException ignored) {
                    // a temporary file; the OS cleans its temp directory
                }
            }
        }
    }

    /** Copies up to one part of {@code content} into {@code spool} (replacing it); answers how many bytes. */
    private static long fill(InputStream content, Path spool) throws IOException {
        long total = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(spool)) {
            while (total < PART_SIZE) {
                int read = content.read(buffer, 0, (int) Math.min(buffer.length, PART_SIZE - total));
                if (read < 0) {
                    break;
                }
                out.write(buffer, 0, read);
                total += read;
            }
        }
        return total;
    }

    private void abortQuietly(String object, String uploadId) {
        try {
            client.abortMultipartUpload(request -> request.bucket(bucket).key(object).uploadId(uploadId));
        } catch (RuntimeException ignored) {
            // the bucket's lifecycle rules remove abandoned uploads
        }
    }

    @Override
    public Optional<InputStream> read(StorageKey key, long offset, long length) {
        String range = length == Long.MAX_VALUE || offset + length <= 0 ? "bytes=" + offset + "-"
                : "bytes=" + offset + "-" + (offset + length - 1);
        try {
            return Optional.of(client.getObject(request -> request.bucket(bucket).key(key.path()).range(range)));
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        } catch (S3Exception failed) {
            if (failed.statusCode() == 404) {
                return Optional.empty();
            }
            throw failed;
        }
    }

    @Override
    public void delete(StorageKey key) {
        client.deleteObject(request -> request.bucket(bucket).key(key.path()));
    }

    @Override
    public boolean exists(StorageKey key) {
        try {
            client.headObject(request -> request.bucket(bucket).key(key.path()));
            return true;
        } catch (NoSuchKeyException missing) {
            return false;
        } catch (S3Exception failed) {
            if (failed.statusCode() == 404) {
                return false;
            }
            throw failed;
        }
    }
}
