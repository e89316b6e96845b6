package dev.parley.domain.file;

import java.text.Normalizer;

/**
 * Cleans a client-supplied file name into one that is safe to store and show: no directory parts, no control
 * or invisible formatting characters (a right-to-left override can disguise "exe.txt"), no lone surrogates,
 * NFC-normalised, at most {@link #MAX_CODE_POINTS} code points with the extension kept. Unicode letters stay.
 * What is left of a name made only of such parts is {@code "file"}.
 */
public final class FileName {
    public static final int MAX_CODE_POINTS = 200;
    private static final String FALLBACK = "file";

    private FileName() {
    }

    public static String clean(String raw) {
        if (raw == null) {
            return FALLBACK;
        }
        String name = raw;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(FileName::allowed).forEach(kept::appendCodePoint);
        String cleaned = Normalizer.normalize(kept.toString(), Normalizer.Form.NFC).strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1).strip();
        }
        if (cleaned.isEmpty()) {
            return FALLBACK;
        }
        return shorten(cleaned);
    }

    private static boolean allowed(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.UNASSIGNED && type != Character.PRIVATE_USE
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && codePoint != ':' && codePoint != '"' && codePoint != '*' && codePoint != '?'
                && codePoint != '<' && codePoint != '>' && codePoint != '|';
    }

    private static String shorten(String name) {
        int length = name.codePointCount(0, name.length());
        if (length <= MAX_CODE_POINTS) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.codePointCount(dot, name.length()) <= 16 ? name.substring(dot) : "";
        int keep = MAX_CODE_POINTS - extension.codePointCount(0, extension.length());
        String stem = name.substring(0, name.offsetByCodePoints(0, keep));
        return stem.strip() + extension;
    }
}
