package dev.parley.http.server;

/** Configuration of the HTTP adapter. */
public record HttpSettings(int port, long maxBodyBytes, boolean requireVerifiedEmail, String corsOrigins) {
}
