package dev.parley.domain.file;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for content types: how a declared type is normalised, what the first bytes must be for the image
 * types we decode and show inline, which types a browser would execute (always served as attachments, in a
 * sandbox), and which may be shown inline at all.
 */
public final class ContentTypes {
    public static final String OCTET_STREAM = "application/octet-stream";
    /** How many leading bytes {@link #contradicts} and {@link #detect} look at. */
    public static final int SNIFF_BYTES = 512;
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9!#$&^_.+-]{1,64}/[a-z0-9!#$&^_.+-]{1,127}");
    private static final Set<String> EXECUTABLE = Set.of("text/html", "application/xhtml+xml", "image/svg+xml",
            "text/xml", "application/xml", "text/javascript", "application/javascript", "application/x-javascript",
            "application/ecmascript", "text/ecmascript", "text/css", "application/wasm", "text/xsl",
            "application/x-shockwave-flash", "multipart/x-mixed-replace", "text/vtt", "application/json+javascript");
    private static final Set<String> INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "image/bmp", "application/pdf", "text/plain");

    private ContentTypes() {
    }

    /** The type's essence, lower-cased without parameters; empty when it is not a well-formed media type. */
    public static Optional<String> normalise(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        int semicolon = declared.indexOf(';');
        String essence = (semicolon >= 0 ? declared.substring(0, semicolon) : declared).strip().toLowerCase(Locale.ROOT);
        return TOKEN.matcher(essence).matches() ? Optional.of(essence) : Optional.empty();
    }

    /** Types a browser would run or render as a document: served only as attachments with a sandbox. */
    public static boolean executable(String type) {
        return EXECUTABLE.contains(type) || type.endsWith("+xml") || type.contains("javascript");
    }

    /** Types shown in the browser instead of downloaded (a {@code Content-Disposition: inline}). */
    public static boolean inline(String type) {
        return INLINE.contains(type) || type.startsWith("video/") || type.startsWith("audio/");
    }

    /**
     * True when the declared type is one we treat specially and the bytes say otherwise: an "image/png" that is
     * not a PNG. Bytes that are a known image or document are also refused under a type a browser executes, the
     * tell-tale of a polyglot file.
     */
    public static boolean contradicts(String type, byte[] head, int length) {
        Optional<String> actual = detect(head, length);
        return switch (type) {
            case "image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp" ->
                    actual.map(found -> !found.equals(type)).orElse(true);
            default -> type.startsWith("image/") && actual.isPresent() && !actual.get().startsWith("image/")
                    || executable(type) && actual.isPresent();
        };
    }

    /** The type the first bytes prove, for the formats with a reliable signature. */
    public static Optional<String> detect(byte[] head, int length) {
        if (startsWith(head, length, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(head, length, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(head, length, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(head, length, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of("image/gif");
        }
        if (startsWith(head, length, 0, 'R', 'I', 'F', 'F') && startsWith(head, length, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of("image/webp");
        }
        if (startsWith(head, length, 0, 'B', 'M') && length >= 26) {
            return Optional.of("image/bmp");
        }
        if (startsWith(head, length, 0, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int length, int offset, int... signature) {
        if (length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[offset + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
