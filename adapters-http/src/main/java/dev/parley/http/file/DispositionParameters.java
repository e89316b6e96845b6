package dev.parley.http.file;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reads parameters of a {@code Content-Disposition} header value ({@code name}, {@code filename}, {@code filename*}). */
final class DispositionParameters {
    private DispositionParameters() {
    }

    /** The file name, preferring the RFC 5987 {@code filename*=UTF-8''…} form. */
    static String fileName(String disposition) {
        String extended = get(disposition, "filename*");
        if (extended != null) {
            int quote = extended.indexOf("''");
            if (quote > 0 && extended.substring(0, quote).equalsIgnoreCase("utf-8")) {
                try {
                    return URLDecoder.decode(extended.substring(quote + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    // fall back to the plain parameter
                }
            }
        }
        return get(disposition, "filename");
    }

    static String get(String disposition, String parameter) {
        if (disposition == null) {
            return null;
        }
        int at = 0;
        String wanted = parameter.toLowerCase(Locale.ROOT);
        while (at < disposition.length()) {
            int semicolon = disposition.indexOf(';', at);
            if (semicolon < 0) {
                return null;
            }
            int equals = disposition.indexOf('=', semicolon);
            if (equals < 0) {
                return null;
            }
            String name = disposition.substring(semicolon + 1, equals).strip().toLowerCase(Locale.ROOT);
            int start = equals + 1;
            String value;
            int end;
            if (start < disposition.length() && disposition.charAt(start) == '"') {
                StringBuilder quoted = new StringBuilder();
                int i = start + 1;
                while (i < disposition.length() && disposition.charAt(i) != '"') {
                    char c = disposition.charAt(i);
                    if (c == '\\' && i + 1 < disposition.length()) {
                        c = disposition.charAt(++i);
                    }
                    quoted.append(c);
                    i++;
                }
                value = quoted.toString();
                end = i + 1;
            } else {
                int next = disposition.indexOf(';', start);
                end = next < 0 ? disposition.length() : next;
                value = disposition.substring(start, end).strip();
            }
            if (name.equals(wanted)) {
                return value;
            }
            at = end;
        }
        return null;
    }
}
