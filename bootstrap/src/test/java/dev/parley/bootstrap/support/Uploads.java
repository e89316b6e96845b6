package dev.parley.bootstrap.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;

/** Uploads and downloads bytes for end-to-end tests of files (the JSON client only speaks text). */
public final class Uploads {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Uploads() {
    }

    /** A response with raw bytes, and its JSON when the body is JSON. */
    public record Reply(int status, HttpResponse<byte[]> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException notJson) {
                throw new UncheckedIOException(notJson);
            }
        }

        public byte[] bytes() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String errorCode() {
            return json().path("error").path("code").asText(null);
        }
    }

    /** A raw-body upload with the type and name given ({@code null} leaves them out). */
    public static Reply raw(ApiClient api, String token, byte[] bytes, String contentType, String name) {
        String query = name == null ? "" : "?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/v1/files" + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request, token, "POST", "/api/v1/files");
    }

    /** A multipart upload with one part named {@code file}. */
    public static Reply multipart(ApiClient api, String token, byte[] bytes, String contentType, String fileName) {
        String boundary = "----parley-test-boundary-42";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nignored\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/v1/files"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return send(request, token, "POST", "/api/v1/files");
    }

    /** A GET of {@code pathAndQuery} (a file's {@code url}, say), with a token when one is given. */
    public static Reply get(ApiClient api, String pathAndQuery, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.baseUrl() + pathAndQuery)).GET();
        headers.forEach(request::header);
        return send(request, token, "GET", pathAndQuery);
    }

    private static Reply send(HttpRequest.Builder request, String token, String method, String path) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse(null);
            if (type != null && type.startsWith("application/json")) {
                ContractValidator.check(method, path, response.statusCode(), type,
                        new String(response.body(), StandardCharsets.UTF_8));
            }
            return new Reply(response.statusCode(), response);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** A real PNG of the given size (a gradient, so it does not compress to nothing). */
    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        for (int x = 0; x < width; x++) {
            graphics.setColor(new Color(x % 256, (x * 7) % 256, 120));
            graphics.drawLine(x, 0, x, height);
        }
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
