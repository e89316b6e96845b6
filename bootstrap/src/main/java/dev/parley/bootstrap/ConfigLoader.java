package dev.parley.bootstrap;

import dev.parley.application.realtime.PresenceSettings;
import dev.parley.application.conversation.ConversationSettings;
import dev.parley.application.file.FileSettings;
import dev.parley.storage.StorageSettings;
import dev.parley.http.auth.JwtSettings;
import dev.parley.http.realtime.GatewaySettings;
import dev.parley.http.server.HttpSettings;
import dev.parley.mail.SmtpSettings;
import dev.parley.persistence.PersistenceSettings;
import dev.parley.security.PasswordHashSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import dev.parley.domain.shared.RateLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code PARLEY_*} variables, applies the documented defaults and reports every bad value at
 * once. In production it refuses the development conveniences (generated secret, embedded database,
 * LiveKit dev keys).
 */
public final class ConfigLoader {
    private final Map<String, String> env;
    private final List<String> problems = new ArrayList<>();

    private ConfigLoader(Map<String, String> env) {
        this.env = env;
    }

    public static ParleyConfig fromEnvironment() {
        return load(System.getenv());
    }

    public static ParleyConfig load(Map<String, String> env) {
        return new ConfigLoader(env).build();
    }

    private ParleyConfig build() {
        String mode = text("PARLEY_ENV", "development").toLowerCase(Locale.ROOT);
        if (!mode.equals("development") && !mode.equals("production") && !mode.equals("test")) {
            problems.add("PARLEY_ENV: must be development, production or test (got '" + mode + "')");
        }
        boolean production = mode.equals("production");
        Path dataDir = Path.of(text("PARLEY_DATA_DIR", "./data")).toAbsolutePath().normalize();
        int port = integer("PARLEY_HTTP_PORT", 8080, 0, 65_535);
        Optional<String> databaseUrl = optional("PARLEY_DATABASE_URL");
        databaseUrl.ifPresent(url -> {
            if (!url.startsWith("postgresql://") && !url.startsWith("postgres://") && !url.startsWith("jdbc:postgresql:")) {
                problems.add("PARLEY_DATABASE_URL: must be a postgresql:// or jdbc:postgresql: URL");
            }
        });
        Optional<String> redisUrl = optional("PARLEY_REDIS_URL");
        redisUrl.ifPresent(url -> {
            if (!url.startsWith("redis://") && !url.startsWith("rediss://")) {
                problems.add("PARLEY_REDIS_URL: must be a redis:// or rediss:// URL");
            }
        });
        String publicUrl = stripTrailingSlash(text("PARLEY_PUBLIC_URL", "http://localhost:" + (port == 0 ? 8080 : port)));
        Optional<String> smtpHost = optional("PARLEY_SMTP_HOST");
        SmtpSettings smtp = new SmtpSettings(smtpHost, integer("PARLEY_SMTP_PORT", 25, 1, 65_535),
                optional("PARLEY_SMTP_USERNAME"), optional("PARLEY_SMTP_PASSWORD"),
                text("PARLEY_SMTP_FROM", "Parley <no-reply@localhost>"), bool("PARLEY_SMTP_STARTTLS", false), !production);
        ParleyConfig.LiveKitConfig liveKit = new ParleyConfig.LiveKitConfig(
                text("PARLEY_LIVEKIT_URL", "ws://localhost:7880"), text("PARLEY_LIVEKIT_API_KEY", "devkey"),
                text("PARLEY_LIVEKIT_API_SECRET", "secret"));
        Optional<String> jwtSecret = optional("PARLEY_JWT_SECRET");
        jwtSecret.ifPresent(secret -> {
            if (secret.getBytes(StandardCharsets.UTF_8).length < 32) {
                problems.add("PARLEY_JWT_SECRET: must be at least 32 bytes");
            }
        });
        HttpSettings http = new HttpSettings(port, integer("PARLEY_MAX_BODY_BYTES", 1_048_576, 1_024, Integer.MAX_VALUE),
                bool("PARLEY_REQUIRE_VERIFIED_EMAIL", false), text("PARLEY_CORS_ORIGINS", ""));
        PasswordHashSettings hashing = new PasswordHashSettings(
                integer("PARLEY_PASSWORD_HASH_MEMORY_KIB", PasswordHashSettings.PRODUCTION.memoryKib(), 8, 4_194_304),
                integer("PARLEY_PASSWORD_HASH_ITERATIONS", PasswordHashSettings.PRODUCTION.iterations(), 1, 100));
        Duration ringTimeout = Duration.ofSeconds(integer("PARLEY_CALL_RING_TIMEOUT_SECONDS", 30, 1, 3_600));
        Duration meetingEmptyGrace = Duration.ofSeconds(integer("PARLEY_MEETING_EMPTY_GRACE_SECONDS", 300, 0, 86_400));
        Path filesDir = Path.of(text("PARLEY_FILES_DIR", dataDir.resolve("files").toString())).toAbsolutePath().normalize();
        long maxUpload = longValue("PARLEY_MAX_UPLOAD_BYTES", FileSettings.DEFAULT_MAX_UPLOAD_BYTES, 1, 1L << 40);
        long quota = longValue("PARLEY_USER_STORAGE_QUOTA_BYTES", FileSettings.DEFAULT_USER_QUOTA_BYTES, 1, Long.MAX_VALUE);
        Duration linkTtl = Duration.ofSeconds(integer("PARLEY_FILE_URL_TTL_SECONDS",
                (int) FileSettings.DEFAULT_LINK_TTL.toSeconds(), 10, 7 * 86_400));
        Duration orphanAfter = Duration.ofHours(integer("PARLEY_FILE_ORPHAN_HOURS",
                (int) FileSettings.DEFAULT_ORPHAN_AFTER.toHours(), 1, 24 * 365));
        Optional<StorageSettings.S3Settings> s3 = optional("PARLEY_S3_ENDPOINT").map(endpoint -> {
            if (!endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
                problems.add("PARLEY_S3_ENDPOINT: must be an http:// or https:// URL");
            }
            Optional<String> bucket = optional("PARLEY_S3_BUCKET");
            if (bucket.isEmpty()) {
                problems.add("PARLEY_S3_BUCKET: required when PARLEY_S3_ENDPOINT is set");
            }
            return new StorageSettings.S3Settings(endpoint, bucket.orElse(""), text("PARLEY_S3_REGION", "us-east-1"),
                    text("PARLEY_S3_ACCESS_KEY", ""), text("PARLEY_S3_SECRET_KEY", ""),
                    bool("PARLEY_S3_PATH_STYLE", false));
        });
        Duration mailPoll = Duration.ofMillis(integer("PARLEY_MAIL_POLL_MILLIS", 1_000, 10, 600_000));
        Duration mailRetry = Duration.ofMillis(integer("PARLEY_MAIL_FIRST_RETRY_MILLIS", 5_000, 10, 3_600_000));
        int poolSize = integer("PARLEY_DATABASE_POOL_SIZE", 20, 1, 1_000);
        GatewaySettings gateway = new GatewaySettings(
                integer("PARLEY_WS_MAX_FRAME_BYTES", 64 * 1_024, 1_024, 16 * 1_048_576),
                Duration.ofSeconds(integer("PARLEY_WS_IDLE_TIMEOUT_SECONDS", 60, 5, 3_600)),
                Duration.ofSeconds(integer("PARLEY_WS_PING_SECONDS", 25, 1, 3_600)),
                integer("PARLEY_WS_QUEUE_CAPACITY", 1_024, 8, 1_000_000),
                Duration.ofSeconds(integer("PARLEY_SSE_HEARTBEAT_SECONDS", 15, 1, 3_600)),
                Duration.ofSeconds(integer("PARLEY_WS_WRITE_TIMEOUT_SECONDS", 10, 1, 600)));
        if (gateway.pingInterval().compareTo(gateway.idleTimeout()) >= 0) {
            problems.add("PARLEY_WS_PING_SECONDS: must be shorter than PARLEY_WS_IDLE_TIMEOUT_SECONDS");
        }
        int leaseMillis = integer("PARLEY_PRESENCE_LEASE_MILLIS", 10_000, 500, 600_000);
        int presenceHeartbeat = integer("PARLEY_PRESENCE_HEARTBEAT_MILLIS", Math.min(1_000, leaseMillis / 3), 50, 600_000);
        if (presenceHeartbeat >= leaseMillis) {
            problems.add("PARLEY_PRESENCE_HEARTBEAT_MILLIS: must be shorter than PARLEY_PRESENCE_LEASE_MILLIS");
        }
        Duration presenceGrace = Duration.ofMillis(integer("PARLEY_PRESENCE_GRACE_MILLIS", 3_000, 0, 600_000));
        int maxMessageLength = integer("PARLEY_MESSAGE_MAX_LENGTH", ConversationSettings.DEFAULT_MAX_CONTENT_LENGTH, 1, 1_000_000);
        int maxGroupSize = integer("PARLEY_GROUP_MAX_SIZE", ConversationSettings.DEFAULT_MAX_GROUP_SIZE, 2, 1_000_000);
        int groupCommit = integer("PARLEY_SEND_GROUP_COMMIT", ConversationSettings.DEFAULT_GROUP_COMMIT_BATCH, 1, 10_000);
        int sendWriters = integer("PARLEY_SEND_WRITERS", ConversationSettings.DEFAULT_SEND_WRITERS, 1, 64);
        int sendPublishers = integer("PARLEY_SEND_PUBLISHERS", ConversationSettings.DEFAULT_SEND_PUBLISHERS, 1, 256);
        int sendTimeout = integer("PARLEY_SEND_TIMEOUT_MILLIS",
                (int) ConversationSettings.DEFAULT_SEND_TIMEOUT.toMillis(), 100, 600_000);
        int sendLimit = integer("PARLEY_SEND_RATE_LIMIT", ConversationSettings.DEFAULT_SEND_LIMIT.count(), 1, 1_000_000);
        int sendWindow = integer("PARLEY_SEND_RATE_WINDOW_SECONDS",
                (int) ConversationSettings.DEFAULT_SEND_LIMIT.window().toSeconds(), 1, 86_400);

        if (production) {
            if (jwtSecret.isEmpty()) {
                problems.add("PARLEY_JWT_SECRET: required when PARLEY_ENV=production");
            }
            if (databaseUrl.isEmpty()) {
                problems.add("PARLEY_DATABASE_URL: required when PARLEY_ENV=production (the embedded database is for development)");
            }
            if (liveKit.apiKey().equals("devkey") || liveKit.apiSecret().equals("secret")) {
                problems.add("PARLEY_LIVEKIT_API_KEY/PARLEY_LIVEKIT_API_SECRET: the dev keys are refused when PARLEY_ENV=production");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        byte[] secret = jwtSecret.map(value -> value.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> JwtSecretFile.readOrCreate(dataDir.resolve("jwt.secret")));
        return new ParleyConfig(production, http, new PersistenceSettings(databaseUrl, dataDir, poolSize), redisUrl,
                new JwtSettings(secret, "parley", Duration.ofMinutes(15)), publicUrl, smtp, hashing, liveKit,
                ringTimeout, filesDir, mailPoll, mailRetry, gateway,
                new PresenceSettings(presenceGrace, Duration.ofMillis(leaseMillis), Duration.ofMillis(presenceHeartbeat)),
                new ConversationSettings(maxMessageLength, maxGroupSize, groupCommit, sendWriters, sendPublishers,
                        new RateLimiter.Limit(sendLimit, Duration.ofSeconds(sendWindow)), Duration.ofMillis(sendTimeout)),
                meetingEmptyGrace,
                new FileSettings(maxUpload, quota, linkTtl, orphanAfter, FileSettings.DEFAULT_MAX_IMAGE_PIXELS),
                new StorageSettings(filesDir, s3));
    }

    private String text(String name, String fallback) {
        return optional(name).orElse(fallback);
    }

    private Optional<String> optional(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private int integer(String name, int fallback, int min, int max) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                problems.add(name + ": must be between " + min + " and " + max + " (got " + value + ")");
            }
            return value;
        } catch (NumberFormatException notANumber) {
            problems.add(name + ": must be a whole number (got '" + raw.get() + "')");
            return fallback;
        }
    }

    private long longValue(String name, long fallback, long min, long max) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.get());
            if (value < min || value > max) {
                problems.add(name + ": must be between " + min + " and " + max + " (got " + value + ")");
            }
            return value;
        } catch (NumberFormatException notANumber) {
            problems.add(name + ": must be a whole number (got '" + raw.get() + "')");
            return fallback;
        }
    }

    private boolean bool(String name, boolean fallback) {
        Optional<String> raw = optional(name).map(value -> value.toLowerCase(Locale.ROOT));
        if (raw.isEmpty()) {
            return fallback;
        }
        return switch (raw.get()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> {
                problems.add(name + ": must be true or false (got '" + raw.get() + "')");
                yield fallback;
            }
        };
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
