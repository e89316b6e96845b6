package dev.parley.livekit;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where LiveKit runs and the keys that sign tokens and server calls. Clients get {@code url} (ws/wss);
 * server API calls go to the same host over http/https.
 */
public record LiveKitSettings(String url, String apiKey, String apiSecret, Duration tokenTtl, Duration emptyTimeout) {
    public static final Duration DEFAULT_TOKEN_TTL = Duration.ofMinutes(5);
    public static final Duration DEFAULT_EMPTY_TIMEOUT = Duration.ofSeconds(60);

    public LiveKitSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(apiSecret, "apiSecret");
        Objects.requireNonNull(tokenTtl, "tokenTtl");
        Objects.requireNonNull(emptyTimeout, "emptyTimeout");
    }

    public static LiveKitSettings of(String url, String apiKey, String apiSecret) {
        return new LiveKitSettings(url, apiKey, apiSecret, DEFAULT_TOKEN_TTL, DEFAULT_EMPTY_TIMEOUT);
    }

    /** The RoomService base URL: {@code ws://} becomes {@code http://}, {@code wss://} becomes {@code https://}. */
    public String apiHost() {
        String lower = url.toLowerCase(Locale.ROOT);
        String host = lower.startsWith("wss://") ? "https://" + url.substring(6)
                : lower.startsWith("ws://") ? "http://" + url.substring(5) : url;
        return host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
    }

    @Override
    public String toString() {
        return "LiveKitSettings[url=" + url + ", apiKey=" + apiKey + ", apiSecret=****, tokenTtl=" + tokenTtl
                + ", emptyTimeout=" + emptyTimeout + "]";
    }
}
