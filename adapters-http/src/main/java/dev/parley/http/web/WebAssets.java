package dev.parley.http.web;

import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The web client's files on the classpath under {@code web/}, read once and kept with their type and ETag. */
final class WebAssets {
    /** One file of the client. */
    record Asset(byte[] bytes, String contentType, String etag) {
    }

    private static final Pattern SAFE_PATH = Pattern.compile("[a-z0-9_.-]+(/[a-z0-9_.-]+)*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "txt", "text/plain; charset=utf-8",
            "json", "application/json");

    private final String root;
    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    WebAssets(String root) {
        this.root = root;
    }

    /** The file at {@code path} (relative, no {@code ..}), or 404 in the error envelope. */
    Asset get(String path) {
        if (!SAFE_PATH.matcher(path).matches() || path.contains("..")) {
            throw notFound(path);
        }
        return cache.computeIfAbsent(path, this::load).orElseThrow(() -> notFound(path));
    }

    private Optional<Asset> load(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        try (InputStream in = WebAssets.class.getClassLoader().getResourceAsStream(root + "/" + path)) {
            if (in == null || type == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            return Optional.of(new Asset(bytes, type, etag(bytes)));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static ParleyException notFound(String path) {
        return new ParleyException(ErrorCode.NOT_FOUND, "no such file: /app/" + path);
    }
}
